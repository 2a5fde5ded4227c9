"""English word families shared by the cues of `daemon.core.classify_rules_en`.

One job: regular-expression fragments for the English lexicon: scope markers (with the
apostrophe-less contractions of mobile mail: "havent", "wont"), verb families in their tenses, and
the nouns a payment, a delivery, a document or a team is named by, in US, UK, Canadian, Australian
and Indian usage and AP-system jargon alike, and the vocabulary of machine notices (out of office,
ticket acknowledgement, retired mailbox). Data only; it must not search text or decide anything.
"""

from __future__ import annotations


def alt(*parts: str) -> str:
    """One alternation of regular-expression sources, each kept whole."""
    return "|".join(f"(?:{part})" for part in parts)


# "n't" after a letter, its curly form, and the contraction typed without an apostrophe.
NT = (
    r"(?:n't|n\u2019t|\b(?:do|does|did|has|have|had|is|are|was|were|wo|ca|could|would|should"
    r"|must|need|ai)nt)\b"
)
NEG = (
    rf"\b(?:not|never|cannot|unable|neither|nor|without|yet to|nobody|none)\b|{NT}"
    r"|\bno\b(?!\.|\s*[#:]?\s*\d)"  # not "cheque no. 4512"
    r"|\bfail(?:ed|s)? to\b"
)
COND = (
    r"\b(?:if|whether|once|as soon as|as long as|when|unless|in case|should you|do you|does"
    r"|provided|providing|assuming|subject to|pending|upon receipt|on receipt)\b"
)
# Future and modal markers, and hedges that take back a payment claim ("I thought we paid").
FUTURE = (
    r"\b(?:will|shall|going to|gonna|plan(?:ning)? to|intend(?:ing)? to|about to|would|could"
    r"|should|must|need to|have to|want to|try(?:ing)? to|hope to|expect(?:ing)? to|may|might"
    r"|able to|tomorrow|next|thought|assumed|was sure|were sure|supposed to|meant to"
    r"|due to be|ill|itll|theyll|(?:i['\u2019]?m|i am|we['\u2019]?re|we are) (?:fairly |pretty |quite"
    r" |almost |very )?sure)\b|'ll\b|\u2019ll\b|\?"
    # "I can confirm it was paid": a modal of telling qualifies the telling, not the payment
    r"|\bcan\b(?! (?:now )?(?:confirm|see|advise|assure|tell|say|report|verify|show|attest)\b)"
)

# Nouns a payment is named by: the means (US check / UK cheque, ACH, BACS, EFT, NEFT, BPAY,
# Interac) and what it moves.
MEANS = (
    r"(?:payment|pmt|check|cheque|money|funds|transfer|bank transfer|wire|ach|eft|bacs|chaps"
    r"|neft|rtgs|imps|utr|bpay|interac|e-?transfer|zelle|sepa(?: transfer)?|direct deposit"
    r"|faster payment|remittance|amount|balance|sum|dues|outstanding|the (?:full )?(?:amount"
    r"|balance|dues|outstanding))"
)
MONEY = rf"(?:{MEANS}|invoice|bill|it|this|that|them|these|the (?:invoice|bill))"
# A sum written out: "$1,000", "EUR 500", "2.400 euros".
AMOUNT = (
    r"(?:[$€£₹]\s?\d[\d,.]*|(?:usd|eur|gbp|aud|cad|inr|rs\.?)\s?\d[\d,.]*|\d[\d,.]*\s?(?:usd|eur"
    r"|gbp|aud|cad|inr|dollars|euros|pounds|bucks)\b)"
)
# Past participles that say money moved ("sent", Indian "done", UK "actioned", "put through").
MOVED = (
    r"(?:sent(?! back)|made|paid|processed|transferr?ed|wired|remitted|mailed|posted|released"
    r"|settled|cleared(?! (?:its|the|our|their|all|every) (?:\w+ )?(?:approval|review|check|step|stage|validation|workflow|match|sign-off|hurdle)s?\b)|issued|initiated|executed|completed|debited|dispatched|done|actioned"
    r"|effected|lodged|deposited|put through|credited|cut|submitted|disbursed|transmitted)"
)
# Participles that say a bill ("the invoice", "it") was paid; not "sent back", "sent to the wrong".
BILL_MOVED = (
    r"(?:paid|settled|cleared(?! (?:its|the|our|their|all|every) (?:\w+ )?(?:approval|review|check|step|stage|validation|workflow|match|sign-off|hurdle)s?\b)|remitted|processed|actioned|done|released|sent(?! back| to (?:the|a"
    r"|an) wrong)|made|transferr?ed|wired|mailed|issued|initiated|executed|completed|debited"
    r"|dispatched|credited|posted)"
    # "released to the 8 January payment run": booked for a run to come, not paid
    r"(?! (?:to|into|for) (?:the |our |next |a )?(?:\w+ ){0,3}?(?:run|batch)\b)"
)
# Verbs that pay, in the lemma a future or a modal takes.
PAY = (
    # "I'll make sure she sees this" makes nothing; "I'll make sure it's paid Friday" does
    r"(?:pay|settle|remit|transfer|wire|mail|post|release|process|clear|issue|cut|run"
    # "I'll send names and licence numbers over" sends no money
    r"|send(?! (?:you |u |them )?(?:the |our |my |a |an |some |any |all )?(?:names|details|list"
    r"|documents?|forms?|photos?|pictures?|cop(?:y|ies)|info|information|number|licen[cs]e"
    r"|registration|dates?|times?|availability|feedback|quote|order|po\b|purchase order"
    r"|address|contact|update|agenda|schedule|paperwork))"
    r"|make(?! (?:sure|certain)\b(?![^.]{0,40}\b(?:pa(?:y|id)|settled|transfer|payment|cheque"
    r"|check|goes out)))(?! a note| contact| an? (?:appointment|call|enquiry|inquiry|complaint))"
    r"|action|effect|initiate|disburse|do (?:so|it|that|the (?:needful|payment|transfer))"
    r"|(?:put|push) (?:it|this|that|them|the (?:payment|invoice|transfer)|payment) through"
    r"|sort (?:it|this|that)(?: out)?"
    # "I'll sort both herd health plan invoices once lambing's done"
    r"|sort (?:out )?(?:the|your|both|these|those|all (?:the|your|of the|of your)|all)(?: [\w-]+){0,3}?"
    r" (?:invoices?|bills?|balance|account)\b"
    # "I'll move the full amount straight across"
    r"|move (?:it|this|that|the (?:full |whole )?(?:amount|money|balance|funds|sum))(?: straight)?"
    r" (?:across|over))"
)
# What a future payment is said to become: "will be paid", "will be posted", "be on its way".
BE_PAID = (
    r"(?:paid|sent|made|processed|released|issued|settled|transferred|wired|mailed|posted"
    r"|cleared|included|remitted|cut|scheduled|done|actioned|disbursed|effected"
    r"|initiated|put through|on (?:its|the) way)"
)
# A batch of payments an AP department releases together.
RUN = (
    r"(?:payment|pay|check|cheque|ach|eft|bacs|wire|supplier|vendor|creditor|payables|ap)"
    r" (?:payment )?(?:run|batch|cycle|release)"
)
# A day or period a promise names ("by Friday", "on the 30th", "end of month", "EOW").
WHEN = (
    r"(?:(?:the |next |this |coming )?(?:\d|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?"
    r"|sun)(?:day)?\b|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|(?:end|tomorrow"
    r"|today|tonight|next|close|cob|eod|eow|eom|mid|month|week|early|first|second|third|fourth"
    r"|fifth)\b))"
)
GOODS = (
    r"(?:goods|items?|order|delivery|deliveries|parts?|shipment|products?|materials?|equipment"
    r"|merchandise|package|parcel|consignment|stock|boxes|pallets?|units?|service|services|work"
    r"|repairs?|installation|licen[cs]es?|job)"
)
# Documents and details an AP department needs before it can pay.
DETAIL = (
    r"(?:po\b|p\.o\.|purchase order(?: number)?|po number|order number|w-?9|w-?8(?:ben)?"
    r"|tax (?:form|id|certificate|invoice)|vat (?:number|id|invoice)|gst(?:in)?\b|hst\b|abn\b"
    r"|ein\b|pan\b|bank(?:ing)? (?:details|information|info|account|letter)|remit[- ]?to"
    r"(?: (?:details|address|info\w*))?|remittance (?:details|address|information)|iban|swift"
    r"|bsb|sort code|routing number|account (?:number|details)|voided (?:check|cheque)"
    r"|(?:ach|eft|direct deposit) (?:form|details)|vendor (?:form|setup|set-up|registration"
    r"|onboarding)|supplier (?:form|setup|set-up|registration|onboarding)|credit application"
    r"|certificate of insurance|coi\b)"
)
DOC = (
    # "confirm receipt" asks whether our money arrived at theirs: no document wanted.
    rf"(?:{DETAIL}|cop(?:y|ies)|duplicate|pdf|invoice|statement|ledger|soa\b"
    r"|(?<!confirm )(?<!confirm the )(?<!acknowledge )receipt|proof of delivery"
    r"|paperwork|docs\b|documents?\b|delivery docket|docket"
    r"|pod\b|delivery (?:note|receipt|docket)|packing slip|grn\b|timesheet|itemi[sz]ed"
    r"|breakdown|supporting documents?|backup|documentation|contract"
    # what the work left behind: "the survey report", "the signed day sheets", "the certificate"
    r"|report|(?:day|job|service|work) ?sheets?|worksheets?|certificates?)(?![\w.-]*@)"
)
# (not "our purchasing folks will send you a W-9 request": a paper given, not asked for; not
# "you might get an email from him about the contract": mail to come to us; not "I'll get the
# invoice looked at": the sender's own errand)
REQUEST_VERB = (
    r"(?:(?<!\byou might )(?<!\byou may )(?<!\byou will )(?<!\byou['\u2019]ll )(?<!\byou should )"
    r"(?<!\bi['\u2019]ll )(?<!\bi will )(?<!\bwe['\u2019]ll )(?<!\bwe will )"
    r"(?:send|resend|re-send|forward|provide|share|email|e-mail|attach|give|get|issue"
    r"|furnish|mail)(?! (?:you|u|ya|from)\b)|need|require|want|missing|request|confirm|update|revert"
    r"|(?:reply|respond|revert|come back|get back to (?:us|me)) with)"
)
# The teams an invoice belongs with.
TEAM = (
    r"(?:accounts(?: payable| dept| department| team)?|ap\b|a/p|payables|finance|accounting"
    r"|billing|bookkeep\w*|procurement|purchasing|invoices|payments|the accounts)"
)
# "Please write to ...": counts only with an address named (`daemon.core.classify`).
# Where a kind of mail goes as a rule: "invoices for the Harrogate kitchen go to h.accounts@...".
GOES_TO = (
    r"\b(?:invoices?|bills?|statements?|reminders?)\b[^.@]{0,40}\b(?:go|goes|should go|need to go"
    r"|must go|are to go) (?:straight |directly )?to (?:[\w ]{0,30}: ?)?[\w.+-]+@"
)
REDIRECT = (
    r"\b(?:please|kindly|pls|you should|you can|you may|better to)?\s*(?:contact|write to"
    r"|e-?mail|reach out to|try|speak (?:to|with)|talk to|ask|send (?:it|this|them|all|future"
    r"|the|your|these|those|everything|invoices?|reminders?)(?: \w+)? to|forward(?: (?:it|this|them|this e-?mail))? to|direct|address"
    r"|redirect|cc|copy)\b[^.]{0,60}(?:@|accounts payable|ap team|ap department|finance"
    r"|accounting|billing|bookkeep|procurement|purchasing|colleague)|\bsend (?:all )?(?:future )?"
    r"invoices to|\bgoing forward[^.]{0,40}@|\bnew (?:e-?mail )?address|\b(?:changed|updated)"
    r" (?:our|my) (?:\w+ )?(?:e-?mail(?: address)?|mailbox|inbox)\b|\bcop(?:y|ying|ied)\b"
    r"|\bcc['\u2019]?(?:ing|ed)?\b|\bloop(?:ing)? in|\buse (?:this|that|the following|our|my)"
    r" (?:new )?(?:e-?mail|address)|" + GOES_TO
)
# A lawyer by any regional name, singular or plural.
LAWYER = (
    r"(?:lawyers?|attorneys?|solicitors?|legal (?:counsel|department|team|representatives?)"
    r"|counsel|advocates?)"
)

# The vocabulary of machine notices: an out-of-office body, a ticket system's or shared AP
# mailbox's acknowledgement ("Your request (#4417) has been received"), an address no longer read.
ABSENT = (
    # a part-timer's notice: "I work Mondays to Wednesdays and only read my email on those days"
    r"\bi (?:only )?work (?:on )?(?:mondays|tuesdays|wednesdays|thursdays|fridays|part[- ]time)"
    r"|\bi only (?:read|check) (?:my )?e-?mails? on\b|"
    r"\bout of (?:the )?office|\b(?:i am|i['\u2019]m|i will be|i['\u2019]ll be|currently|presently)"
    r" (?:currently |presently )?(?:away|out|on (?:annual |parental |sick |maternity "
    r"|paternity |medical |business |long service |study )?(?:leave|vacation|holiday|holidays"
    r"|a business trip)|travell?ing|off|not in (?:the office|today|until)|unavailable|absent"
    r"|attending)|\blimited (?:access|connectivity)|\baway from (?:my|the) (?:desk|office)"
    r"|\b(?:annual|bereavement|compassionate|sick|maternity|paternity|parental|medical|study"
    r"|jury|long service) leave|\bthis is an auto(?:mated|matic)|\boffices? (?:is|are|will be) (?:closed"
    r"|shut)\b"
)
TICKET = alt(
    r"\b(?:ticket|case|request|reference|incident) (?:number|no\.?|id|#)|\bautomatic reply"
    # not a person's "sorry about the auto-reply last week"
    r"|(?<!about the )(?<!about my )(?<!\bmy )\bauto-?reply|\bautomated (?:response|message|reply"
    r"|acknowledg)",
    r"\bwe have received your (?:e-?mail|message|request|inquiry|enquiry|invoice|correspondence"
    r"|query)",
    r"\byour (?:e-?mail|message|request|inquiry|enquiry|ticket|case|query)\b[^.]{0,25}?\b(?:has"
    r" been|was|is being|have been) (?:received|logged|created|opened|forwarded|reviewed"
    r"|submitted|assigned|raised|recorded)",
    r"\b(?:ticket|case|incident|request|inquiry|enquiry|query)\b[^.]{0,30}?\b(?:has been|was)"
    r" (?:opened|created|logged|raised|received|assigned)",
    r"\bthank you for (?:contacting|your (?:e-?mail|message))[^.]{0,40}(?:will|respond|reply"
    r"|get back)|\b(?:one of our|an?) (?:agents?"
    r"|team members?|representatives?|specialists?) will (?:get back|respond|reply|be in touch"
    r"|contact)",
    r"\b(?:a member of|someone (?:from|on|in)|one of) (?:our|the) (?:team|staff|crew|office)\b"
    r"[^.]{0,20}\bwill (?:get back|respond|reply|be in touch|contact|answer)",
)
GONE = (
    r"\b(?:mailbox|inbox|e-?mail address|address|account) (?:is |has been )?(?:no longer"
    r"|not) (?:monitored|in use|active|checked|read|valid|maintained)|\bunmonitored"
    r"|\bno longer (?:with|works|employed|at|part of)|\b(?:has|have) left (?:the|our)"
    r" (?:company|firm|organi[sz]ation|business)|\bis no longer in use|\b(?:mailbox|inbox"
    r"|address) (?:is |has been )(?:deactivated|disabled|closed|discontinued)"
)
# Doubts that the reminder is genuine: a phishing check is for a person, whatever else it says.
SUSPECT = alt(
    r"\bphish\w*|\bspoof\w*|\bimpersonat\w*|\bsupposedly (?:from|sent by|on behalf)|\bpurport\w*"
    r" to (?:be|come)|\bclaim(?:ing|ed|s)? to be from",
    r"\bwhich (?:one )?(?:of (?:these|the two|them) )?(?:is|are) (?:the )?(?:genuine|real|legit\w*"
    r"|authentic)\b",
    r"\b(?:is|was|are) (?:this|it|that|these) (?:e-?mail |message |reminder |request |notice )?"
    r"(?:really )?(?:genuine|legit\w*|authentic|real|a scam|a phish\w*|(?:really )?from you)\b",
    # (not a fraud the sender once fell for: "after the business with the fake invoice last year")
    r"\b(?:fraudulent|fake|scam|suspicious) (?:e-?mail|message|reminder|request|notice|invoice"
    r"|letter)s?\b(?![^.,;]{0,15}\b(?:last (?:year|month|week|summer|winter|spring|autumn)"
    r"|in the past|(?:a (?:while|year|few months)|months|years) ago)\b)"
    r"|\b(?:wary|suspicious|careful|cautious) (?:of|about) (?:\w+ )?(?:scam|phish|fraud)"
    r"|\b(?:fraud|scam) attempt|\b(?:looks?|looked|seems?|seemed) (?:suspicious|fishy|dodgy"
    r"|like (?:a )?(?:scam|phish\w*|fraud))",
    # Asking what bank details we hold about them is how invoice fraud begins, not a request.
    r"\b(?:confirm|verify|send|tell|share|reply with|provide)\b[^.]{0,40}\b(?:bank(?:ing)?"
    r" (?:account|details|information)|account (?:details|number)|payment details)\b[^.]{0,30}"
    r"\b(?:you (?:have|hold|currently hold|keep|store)|on (?:file|record)|in your (?:system|records))",
)
