"""The error-message phrases that name a bounce reason: one table, reason -> pattern.

One job: `PHRASES[reason]`, a compiled pattern over a lower-cased, one-line diagnostic, and
`ALTERNATIVES[reason]`, the same phrases compiled one alternative at a time. The reason
names and their meaning follow Sisimai's (a bounce-mail analyser whose verdicts the test corpus
holds); the phrases are what MTAs and providers write in their SMTP replies (RFC 5321 §4.2) and
non-delivery notices. Data only: which reason wins when several match is
`daemon.core.bounce_reason`'s decision, not this table's.
"""

from __future__ import annotations

import re

from daemon.core.regex_start import guarded


def _phrases(*alternatives: str) -> tuple[str, ...]:
    """A reason's regex alternatives; each is searched anywhere in the diagnostic."""
    return alternatives


_SOURCES: dict[str, tuple[str, ...]] = {
    # The local part does not exist (RFC 3463 X.1.1).
    "userunknown": _phrases(
        r"user ?unknown|unknown (?:user|recipient|mailbox|local ?part|e-?mail address)",
        r"no such (?:user|mailbox|recipient|person|address here)|no mailbox (?:here|found|by)",
        r"(?:user|recipient|mailbox|e-?mail address|address|account)"
        r" (?:does not|doesn't|not) exist",
        r"(?:user|recipient|mailbox|address|rcpt) .{0,60}(?:does not|doesn't|t) exist",
        r"(?:recipient|user|mailbox) not (?:found|known|active|ok)|address unknown",
        r"invalid (?:recipient|mailbox|address|user)|not a valid (?:recipient|user|mailbox)",
        r"recipient address rejected(?:\.? \(in reply to rcpt to command\)|: (?:access denied"
        r"|invalid.user|invalid-recipient|unknown user|userunknown|user .{0,60}does not exist"
        r"|user unknown in))",
        r"mailbox (?:not present|is inactive|is unavailable|unavailable|invalid|not found)",
        r"requested action not taken: mailbox unavailable|unrouteable address",
        r"recipient address rejected\.|#?5\.1\.0 address rejected|recipient name is not recognized",
        r"invalid final delivery userid|address couldn't be found|\baddress not found",
        r"no valid recipients|check if address is correct",
        r"address (?:does not|doesn't) exist|email address could not be found|is not a known user",
        r"this user doesn't have a .{1,60} account|no account by that name|not a local address",
        r"destination addresses were unknown|recipient is not local|sorry, no mailbox here",
        r"address not present in directory|non-?existent user|bad (?:destination )?recipient",
        r"user .{1,60} was not found|#5\.1\.1 bad address|the user's email name is not found",
        r"there is no one at this address|utilisateur inconnu|no existe (?:dicha persona|ese)",
        r"not listed in (?:public )?(?:name & address book|domino directory)|unknown address",
        r"mailbox does not exist|resolver\.adr\.recipientnotfound|recipient notfound",
        r"is not an active address|sorry, (?:badrcptto|your envelope recipient)",
        r"badrecipientto|validrcptto|nessun utente|adresse d au moins un destinataire invalide",
        r"address .{0,30}(?:couldn't|could not|can't|cannot) be found",
        # the same in the five other languages of localised non-delivery notices
        r"(?:e-?mail-?adresse|empfänger\w*|adresse|postfach|benutzer\w*) .{0,30}(?:nicht gefunden"
        r"|existiert nicht|ist unbekannt|nicht vorhanden)|(?:unbekannte[rn]?|ungültige[rn]?)"
        r" (?:empfänger|benutzer|e-?mail-?adresse|adresse)|(?:empfänger|benutzer) unbekannt",
        r"adresse .{0,30}(?:introuvable|inconnue|inexistante|n['\u2019]existe pas)"
        r"|destinataire (?:inconnu|introuvable|inexistant)|(?:boîte|boite) .{0,30}n'existe pas",
        r"(?:dirección|usuario|destinatario|buzón) .{0,30}(?:no existe|no se (?:ha )?encontr"
        r"|desconocid[oa]|inexistente)|(?:usuario|destinatario) desconocido",
        r"adres .{0,30}(?:bestaat niet|is onbekend|niet gevonden|kon niet worden gevonden)"
        r"|onbekende (?:gebruiker|ontvanger|geadresseerde)"
        r"|(?:gebruiker|ontvanger) (?:is )?onbekend",
        r"indirizzo .{0,30}(?:inesistente|non esiste|non trovato|sconosciuto)"
        r"|(?:utente|destinatario|casella) (?:sconosciut[oa]|inesistente|non esiste)",
    ),
    # Refused at the recipient's side after the message was sent (a filter, a block list).
    "filtered": _phrases(
        r"message filtered|user reject|refuses? to (?:receive|accept)|blocked by the recipient",
        r"not found recipient account|is not accepting any mail|account is protected by",
        r"has restricted sms e-?mail|due to recipient preferences|user not found",
        r"only accepting mail from specific|recipient id refuse",
    ),
    "hostunknown": _phrases(
        r"domain (?:does not exist|is not reachable|must exist)|host or domain name not found",
        r"host unknown|unknown host|host unreachable|name or service not known|no such domain",
        r"unknown domain|unroutable address|unrouteable address|account or domain may not exist",
        r"553 .{0,80}does not exist|mail domain mentioned in email address is unknown",
        r"domain is not resolvable|domain not found|domain name not found|host [\w.-]+ not found",
        r"(?:domain|domäne|domaine|dominio|domein) .{0,30}(?:existiert nicht|nicht gefunden"
        r"|n'existe pas|introuvable|no existe|inexistente|non esiste|bestaat niet|niet gevonden)",
    ),
    "hasmoved": _phrases(r" has been replaced by |mailbox has moved|no longer at this address"),
    "mailboxfull": _phrases(
        r"mailbox (?:is )?full|full mailbox|mailbox .{0,40}(?:full|quota|exceeded .{0,20}limit)",
        r"over ?quota|quota (?:exceeded|violation)|exceeded (?:the )?(?:storage|quota)",
        r"(?:disk|account is|maildir) .{0,40}quota|insufficient disk space|no space left",
        r"not (?:sufficient|enough) (?:disk )?space|enough .{0,20} space|mailfolder is full",
        r"too many messages on the server|space has been used up|too much mail data",
        r"mailbox (?:size limit|exceeds allowed size|would exceed)|boite du destinataire pleine",
        # the same in the five other languages of localised non-delivery notices
        r"(?:postfach|mailbox|speicher) .{0,30}(?:ist )?(?:voll|überschritten|erschöpft)"
        r"|(?:speicherplatz|kontingent|quota) .{0,20}überschritten",
        r"(?:boîte|boite) .{0,40}(?:pleine|saturée)|quota .{0,20}(?:dépassé|atteint)",
        r"buzón .{0,30}(?:lleno|complet|excede)|cuota .{0,20}(?:excedida|superada)",
        r"(?:postvak|mailbox|postbus) .{0,20}(?:is )?vol\b|quot(?:um|a) .{0,20}overschreden",
        r"casella .{0,30}piena|quota .{0,20}(?:superata|esaurita)|spazio .{0,20}esaurito",
    ),
    "mesgtoobig": _phrases(
        r"message (?:file )?too big|message size exceeds|max(?:imum)? message size exceeded",
        r"exceeded (?:the )?maximum (?:inbound|incoming) message size|size limit",
        r"message length exceeds|line limit exceeded|message too large for this",
        r"taille limite du message",
    ),
    "exceedlimit": _phrases(r"message too large|message header size exceeds limit"),
    "suspend": _phrases(
        r"(?:is currently|has been|mailbox currently|temporarily) suspended|user suspended",
        r"inactive (?:account|user)|invalid/inactive|deactivated mailbox|mailbox (?:is )?disabled",
        r"mailbox is frozen|account (?:has been|is) disabled|recipient suspend|temporary locked",
        r"account that you tried to reach is (?:disabled|inactive)|user is terminated",
        r"mailbox unavailable or access denied|temporarily inactive|account is locked",
        r"this address no longer accepts mail|user or domain is disabled|archived recipient",
    ),
    "norelaying": _phrases(
        r"relay(?:ing)? (?:access )?(?:denied|not permitted)|no relaying|unable to relay ",
        r"not (?:allowed|permitted) to relay|as a relay|insecure mail relay|not a gateway",
        r"not an open relay|not local host|relaying mail to |we don't handle mail for",
        r"isn't in my list of allowed rcpthost|not configured to relay",
    ),
    "authfailure": _phrases(
        r"spf (?:check: )?fail|sender policy framework|bad spf records|dmarc policy",
        r"is not allowed to send from <.{0,80} per it's spf record|spf\.pobox\.com",
        r"required authentication level|doesn't meet the authentication requirements",
    ),
    "requireptr": _phrases(
        r"ptr record|reverse dns|cannot find your hostname|cannot resolve your address",
        r"ip name lookup failed|reverse lookup rejected|unresolvable relay host name",
        r"mismatches client ip|rdns record",
    ),
    "notcompliantrfc": _phrases(
        r"not (?:rfc|rfc-?5322) compliant|rfc 5322|rfc5322|multiple .{0,20}headers? (?:found|are)",
        r"duplicate header|there are multiple (?:from|subject|date|to)",
    ),
    "badreputation": _phrases(
        r"poor reputation|low reputation|bad reputation|reputation (?:of|is)|has been limited",
        r"temporarily rate limited due to ip reputation",
    ),
    "contenterror": _phrases(
        r"improper use of 8-?bit data|header (?:line|size|syntax) (?:error|too long)",
        r"illegal attachment|message header .{0,20}(?:invalid|error)",
    ),
    "rejected": _phrases(
        r"sender (?:address |email address )?(?:rejected|was rejected|is spammer|not pre-approved)",
        r"sender verify failed|invalid sender|bogus mail from|empty envelope senders",
        r"address rejected|administrative prohibition|domain of sender address |mx records for ",
        r"null sender is not allowed|unroutable sender address|sender domain is empty",
        r"does not exist e2110|this server does not accept mail from|returned mail not accepted",
        r"(?:sender|email) address (?:has been|is) blacklisted|sender is in my black list",
        r"batv (?:failed|validation)|rejected by batv|no third-party dsns|emetteur invalide",
        r"delivery not authorized, message refused|not allowed to post to this mailing list",
        r"mail from not owned by user|fully qualified email address required",
        r"access denied \((?:in reply to mail from command|sender blacklisted)\)",
    ),
    "spamdetected": _phrases(
        r"\bspam\b|unsolicited|content filter rejection|message content rejected",
        r"rejecting (?:banned|mail) content|mail content denied|uribl|bulk e-?mail",
        r"rejected for policy reasons|message filtered|probable spam|greylisted",
    ),
    "speeding": _phrases(r"rate limit|too many (?:recipients|messages|emails)|sending too fast"),
    "toomanyconn": _phrases(r"too many (?:connections|concurrent)|connection limit|too many hosts"),
    "blocked": _phrases(
        r"blacklisted|black ?list|block ?list|blocked (?:using|by|for)|was blocked",
        r"spamhaus|spamcop|dnsbl|\brbl\b|barracudacentral|abuseat\.org|sorbs|go away",
        r"(?:client|sender) (?:host|ip address) rejected|bad sender ip|banned sending ip",
        r"not (?:currently )?accepting (?:mail|connections) from|no access from mail server",
        r"connection (?:refused|dropped|reset|was dropped)|helo command rejected",
        r"dynamic ip|is not allowed to send mail from|access from ip address .{0,40} blocked",
        r"smtp error from remote mail server after initial connection|your ip address is listed",
        r"service not available, closing transmission channel|you are not allowed to connect",
        r"your (?:network|server) (?:is|requires)|has been rejected|refused to talk to me",
        r"rejected - multi-blacklist|open proxy|looks suspiciously like spammer",
    ),
    "policyviolation": _phrases(
        r"policy (?:violation|reasons)|denied by policy|members-only list|closed mailing list",
        r"organi[sz]ational settings|organization policy|security policies|header error",
        r"protocol violation|mass mailer|not subscribed to this group|multiple addresses",
    ),
    "virusdetected": _phrases(r"virus|infected|malware|banned attachment"),
    "systemerror": _phrases(
        r"loop (?:was found|broken|back)|mail loop|local (?:configuration )?error",
        r"configuration error|interrupted system call|internal (?:server )?error",
        r"queue file write error|misconfigured|service currently unavailable",
        r"temporary local problem|timeout waiting for input|transaction failed |mdb",
        r"can't create user output file|error while being processed|unable to connect .*daemon",
    ),
    "networkerror": _phrases(
        r"could not connect and send|dns records for the destination computer",
        r"hop count exceeded|host is unreachable|host name lookup failure|too many hops",
        r"host not found, try again|forwarding loop|malformed (?:or unexpected )?name server",
        r"message looping|routing loop|no route to host|unable to resolve route ",
        r"unrouteable mail domain|dns error",
    ),
    "systemfull": _phrases(r"mail system full|system is full|too many messages in queue"),
    "notaccept": _phrases(
        r"does not accept mail|mail receiving disabled|name server: \.: host not found",
        r"no mx record found for domain|no route for current request|null ?mx",
        r"smtp protocol returned a permanent error|not accepting (?:any )?mail",
        r"no mx (?:record )?found for domain|indicated no smtp service",
    ),
    "expired": _phrases(
        r"connection timed out|could not find a gateway|delivery attempts will continue",
        r"delivery (?:time )?expired|failed to deliver to domain |giving up on|timed out",
        r"failing for a long time|has been delayed|not been collected after|expired after",
        r"message expired|server did not respond|in the queue too long|after multiple retries",
        r"not reachable within the allowed queue|could not be delivered for .{0,20}days",
        r"retry time not reached",
    ),
    "failedstarttls": _phrases(r"starttls|tls (?:is )?required|requiretls"),
    "securityerror": _phrases(
        r"authentication (?:required|failed|credentials)|security (?:policy|error)",
        r"must (?:issue|use) a starttls|encryption required|sender address .{0,20}spoof",
    ),
    "suppressed": _phrases(r"suppression list|suppressed"),
    "mailererror": _phrases(
        r"procmail|mailer error|x-unix|\bpipe to\b|command (?:died|failed|output)",
        r"exit (?:code|status)|local delivery failed|\bmaildrop\b|sh: ",
    ),
    "syntaxerror": _phrases(r"syntax error|command unrecognized|line too long"),
}

# Per reason, one pattern for all its phrases, behind a look-ahead for their first letters (which
# rules out most places at once) ...
PHRASES: dict[str, re.Pattern[str]] = {
    reason: guarded(re.compile("|".join(f"(?:{a})" for a in alternatives)))
    for reason, alternatives in _SOURCES.items()
}
# ... and its phrases compiled one alternative at a time: a diagnostic that holds none of the
# strings an alternative needs is not searched with it (`daemon.core.bounce_reason`); the reason's
# pattern matches where one of them does.
ALTERNATIVES: dict[str, tuple[re.Pattern[str], ...]] = {
    reason: tuple(guarded(re.compile(a)) for a in alternatives)
    for reason, alternatives in _SOURCES.items()
}
