"""Cut a reply down to what its sender wrote now.

One job: `trim_reply(text) -> text` drops quoted earlier messages (`>` lines), attributions
("On ... wrote:", "Am ... schrieb ...:", "Le ... a écrit :", ...), embedded header blocks of a
quoted message (Outlook's "From: / Sent: / To:", "Von: / Gesendet:"), forwarded-message markers and
signatures ("-- ", "Sent from my iPhone"). It must not rewrite what it keeps beyond trimming blank
lines at both ends, and it never raises.

How: every line gets a one-letter kind, the kinds form a string, and a few regular expressions over
that string decide which lines stay. Reading the shape of the whole message, not line by line, is
what tells an interleaved reply (quote, answer, quote, answer) from an answer above a full quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from daemon.core.case_blind import CaseBlind

EMPTY, DELIMITER, SIGNATURE, MARKER, HEADER, QUOTE, TEXT = "edsbhqt"

_WROTE = (
    r"wrote|schrieb|a [ée]crit|escribi[óo]|schreef|ha scritto|het volgende geschreven|escreveu"
    r"|napisa[łl]\(a\)|napisa[łl]|написал|пише|skrev|写道"
)
_OPENER = r"On|Am|Le|El|Op|Il|Em|Dnia|Den|At"
_ATTRIBUTION_START = re.compile(rf"^[\s>\-]*(?:{_OPENER})\s", re.IGNORECASE)
_ATTRIBUTION_END = CaseBlind(rf"(?:{_WROTE})(?:\s*[:\uff1a]|\s[^:]*[:\uff1a]|)[\s\-]*$")
_MARKERS = (
    # "On <date>, <someone> wrote:" and its translations, on one line.
    re.compile(rf"^[\s>\-]*(?:{_OPENER})\s.*(?:{_WROTE})\s*[:\uff1a]?[\s\-]*$", re.IGNORECASE),
    # "Am 18.09.2013 um 16:24 schrieb X <x@y>:", "Op 10 dec. 2015 18:35 schreef X:"
    re.compile(r"^[\s>]*(?:Am|Op|Den)\s.+\s(?:schrieb|schreef|skrev)\s[^:]+:", re.IGNORECASE),
    re.compile(r"^[\s>]*\d{4}-\d\d-\d\d \d\d?:\d\d GMT[+-]\d\d:\d\d [\w\s]+$"),
    re.compile(r"^[\s>]*.*пользователь.+написал:"),
    re.compile(r"^[\s>]*Posted by .+ on \d\d/\d\d/\d{4}$", re.IGNORECASE),
    # Forwarded and Outlook-quoted messages: "-----Original Message-----" and friends.
    re.compile(r"^[\s>]*(?:Begin forwarded message:|Reply message)", re.IGNORECASE),
    re.compile(
        r"^[\s>*]*-{2,}\s*(?:Forwarded message|Original message|Message transf[ée]r[ée]"
        r"|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Mensaje original"
        r"|Oorspronkelijk bericht|Messaggio originale|Message d['\u2019]origine|Message original"
        r"|Originalnachricht)\s*-{2,}",
        re.IGNORECASE,
    ),
)
# Markers that end in ":" or ">" and blank space: tried only on a line that ends so (`_CLOSED`),
# which spares their leading ".*" a slow scan of every other line.
_CLOSED_MARKERS = (
    # "X <x@y> wrote:", "X via Y schrieb:", "X schrieb am Fr., 28. Apr. 2017 um 11:53 Uhr:"
    re.compile(rf"^[\s>]*.+(?:<[^>]+@[^>]+>|\svia\s.+)\s(?:{_WROTE})\b.*[:\uff1a]\s*$", re.I),
    re.compile(r"^[\s>]*.+\sschrieb am\s.+:\s*$"),
    # "2015-10-18 0:17 GMT+03:00 X <x@y>:", "2013/7/20 X <x@y>", "23 mar 2017 ... napisał(a):"
    re.compile(r"^[\s>]*.*\d{4}.*<[^@<>\s]+@[^@<>\s]+\.[^@<>\s]+>[:\uff1a]?\s*$"),
    re.compile(rf"^[\s>]*.*\d.*\s(?:{_WROTE})[:\uff1a]\s*$", re.IGNORECASE),
)
_CLOSED = (":", "\uff1a", ">")
_HEADER_NAMES = (
    "From|To|Cc|Reply-To|Subject|Sent|Date|Von|An|Betreff|Gesendet|Datum|De|À|Objet|Envoyé"
    "|Répondre à|Para|Asunto|Enviado|Fecha|Assunto|Enviada em|Da|A|Oggetto|Risposta|Data|Inviato"
    "|Van|Aan|Onderwerp|Verzonden|Från|Till|Ämne|Skickat|Fra|Til|Emne|Sendt"
)
_HEADER = re.compile(rf"^[\s*]*(?:{_HEADER_NAMES})[\s*]*:.*\w", re.IGNORECASE)
_SIGNATURES = (
    # not a payment's means: "Sent via ACH yesterday" is the reply itself
    re.compile(
        r"^[\s>]*[(<]*sent (?:from|via|with|by|using) (?!.*(?:\b(?:ach|bacs|eft|chaps|wire|bank"
        r"|cheque|check|zelle|interac|e-?transfer|transfer|paypal|venmo|card|courier|payment"
        r"|yesterday|today)\b|[$€£])).+",
        re.IGNORECASE,
    ),
    re.compile(r"^[\s>]*\w+ from mobile", re.IGNORECASE),
    re.compile(r"^[\s>]*from my .{1,20}$", re.IGNORECASE),
    re.compile(r"^[\s>]*get (?:\[)?outlook for", re.IGNORECASE),
    # the same footer in the other languages: "Obtener Outlook para Android", "Outlook voor
    # Android downloaden", "Outlook für iOS herunterladen"
    re.compile(
        r"^[\s>]*(?:obtener (?:\[)?outlook para|obtenir (?:\[)?outlook pour"
        r"|scarica (?:\[)?outlook per|(?:\[)?outlook (?:voor|für) (?:android|ios)\]?"
        r" (?:downloaden|herunterladen|beziehen))",
        re.IGNORECASE,
    ),
    re.compile(
        r"^[\s>]*(?:Envoy[ée] (?:depuis|de) (?:mon|mi)|Enviado desde (?:mi|Outlook)|Sendt fra min"
        r"|Verzonden (?:met|vanaf)|Verstuurd (?:vanaf|met)|Inviato da|Gesendet (?:von|mit)"
        r"|Enviado do)\b",
        re.I,
    ),
    re.compile(r"^[\s>]*(?:Von meinem|Diese Nachricht wurde von) .+ gesendet", re.IGNORECASE),
    re.compile(r"^[\s>]*從我的 iPhone 傳送"),
)


def _any_of(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One pattern that matches where any of `patterns` matches: one scan of a line, not many."""
    return re.compile(
        "|".join(f"(?{'i' if p.flags & re.IGNORECASE else ''}:{p.pattern})" for p in patterns)
    )


_ANY_MARKER, _ANY_CLOSED_MARKER = _any_of(_MARKERS), _any_of(_CLOSED_MARKERS)
_ANY_SIGNATURE = _any_of(_SIGNATURES)
_DELIMITER = re.compile(r"^\s*[-_,=+~#*ᐧ—]+\s*$")
_QUOTE = re.compile(r"^\s*[A-Za-z]{0,10}>")
# A line's kind in one match: the first of these that matches it, in this order (the group
# names are the kinds). A marker ending in ":" is tried apart (`_CLOSED_MARKERS`).
_LINE_KIND = re.compile(
    "|".join(
        f"(?P<{kind}>(?{'i' if pattern.flags & re.IGNORECASE else ''}:{pattern.pattern}))"
        for kind, pattern in (
            (DELIMITER, _DELIMITER), (SIGNATURE, _ANY_SIGNATURE), (MARKER, _ANY_MARKER),
            (HEADER, _HEADER), (QUOTE, _QUOTE),
        )
    )
)  # fmt: skip
_FENCE = re.compile(r"^\s*```")
_LINE_READ = 300  # markers are short; reading more of a line only costs regex time
_ATTRIBUTION_SPAN = 6  # lines an attribution may wrap over (long names, "<\nmailto:...\n>")


def trim_reply(text: str) -> str:
    """The newly written part of a reply body; "" when nothing is left."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kinds = _kinds(lines)
    for step in (_to_delimiter, _without(SIGNATURE), _reply_below_quote, _to_marker):
        kinds, lines = step(kinds, lines)
    kinds, lines = _without(MARKER)(kinds, lines)
    for step in (_to_header_block, _without(HEADER), _without_trailing_quote):
        kinds, lines = step(kinds, lines)
    return "\n".join(lines).strip()


def _kinds(lines: list[str]) -> str:
    kinds: list[str] = []
    in_code = False
    for line in lines:
        if _FENCE.match(line):
            in_code = not in_code
            kinds.append(TEXT)
        else:
            kinds.append(TEXT if in_code and line.strip() else _kind(line[:_LINE_READ]))
    _mark_wrapped_attributions(lines, kinds)
    return "".join(kinds)


def _kind(line: str) -> str:
    if not line.strip():
        return EMPTY
    found = _LINE_KIND.match(line)
    kind = found.lastgroup if found else None
    if kind in (DELIMITER, SIGNATURE, MARKER):
        return kind
    if line.rstrip().endswith(_CLOSED) and _ANY_CLOSED_MARKER.match(line):
        return MARKER  # ranks above a header or a quote
    return kind or TEXT


def _mark_wrapped_attributions(lines: list[str], kinds: list[str]) -> None:
    """Clients wrap long attributions ("On ..., X <\\nx@y> wrote:"): mark every line of one."""
    for index, line in enumerate(lines):
        start = end = index
        if kinds[index] in (TEXT, MARKER) and _ATTRIBUTION_START.match(line):
            end = _opened_attribution_end(lines, index)
        if end == index and _may_close_attribution(line, kinds[index]):
            start = _closed_attribution_start(lines, index)
        if end > start:
            kinds[start : end + 1] = [MARKER] * (end + 1 - start)


def _may_close_attribution(line: str, kind: str) -> bool:
    return (kind == TEXT and line.rstrip().endswith((":", "\uff1a"))) or line.strip() == ">:"


def _opened_attribution_end(lines: list[str], start: int) -> int:
    """ "On <date>, X <\\n x@y> wrote:": the line that closes it, or `start` when none does."""
    for end in range(start + 1, min(start + _ATTRIBUTION_SPAN, len(lines))):
        if _ATTRIBUTION_START.match(lines[end]):
            break
        if _ATTRIBUTION_END.search(lines[end][:_LINE_READ]) is not None:
            return end
    return start


def _closed_attribution_start(lines: list[str], end: int) -> int:
    """ "2016-10-24 15:36 GMT+02:00 X <\\n x@y>:": the shortest wrap that reads as a marker."""
    for start in range(end - 1, max(end - 3, -1), -1):
        if not lines[start].strip():
            break
        joined = " ".join(line.strip() for line in lines[start : end + 1])[:_LINE_READ]
        joined = joined.replace("< ", "<").replace(" >", ">")
        if _kind(joined) == MARKER:
            return start
    return end


_Step = tuple[str, list[str]]
_StepFn = Callable[[str, list[str]], _Step]


def _cut(kinds: str, lines: list[str], end: int) -> _Step:
    return kinds[:end], lines[:end]


def _to_delimiter(kinds: str, lines: list[str]) -> _Step:
    """A delimiter line ("-- ", "____") starts a signature or a quoted message (RFC 3676 §4.3)."""
    index = kinds.find(DELIMITER)
    return (kinds, lines) if index < 0 else _cut(kinds, lines, index)


def _without(kind: str) -> _StepFn:
    def step(kinds: str, lines: list[str]) -> _Step:
        keep = [i for i, k in enumerate(kinds) if k != kind]
        return "".join(kinds[i] for i in keep), [lines[i] for i in keep]

    return step


def _reply_below_quote(kinds: str, lines: list[str]) -> _Step:
    """Bottom-posting: an attribution and its quote first, then the answer."""
    if kinds.startswith(MARKER) and TEXT not in kinds:  # nothing but quoted history
        return "", []
    if re.fullmatch(r"b[^t]+t[te]*", kinds):  # only markers, quotes and headers above the text
        start = re.search(r"t[te]*$", kinds)
        if start:
            return kinds[start.start() :], lines[start.start() :]
    return kinds, lines


def _to_marker(kinds: str, lines: list[str]) -> _Step:
    """Text, then an attribution not followed by a reply of some length: cut at the attribution."""
    match = re.search(r"te*b[^q]*$", kinds) if not kinds.startswith(MARKER) else None
    if match is None:
        match = re.search(r"te*b[eqbh]*([te]*)$", kinds)
        if match and _long(kinds, lines, match.start(1)):  # an interleaved reply
            match = None
    return (kinds, lines) if match is None else _cut(kinds, lines, match.start() + 1)


def _long(kinds: str, lines: list[str], start: int) -> bool:
    """Whether the text from line `start` on is a long answer: seven lines, or as many
    characters as seven wrapped lines hold when it came as a few long ones (format=flowed text
    is joined into one line per paragraph, RFC 3676)."""
    text = [line for kind, line in zip(kinds[start:], lines[start:], strict=False) if kind == TEXT]
    return len(text) >= 7 or sum(len(line) for line in text) >= 400


def _to_header_block(kinds: str, lines: list[str]) -> _Step:
    """Three or more header lines after text: an embedded quoted message (Outlook style)."""
    spread = re.search(r"h+[hte]+h+e", kinds)
    if spread:  # a header wrapped over several lines ("Subject: ...\n... continued")
        kinds = kinds[: spread.start()] + HEADER * len(spread[0]) + kinds[spread.end() :]
    match = re.search(r"t[eq]*h{3,}", kinds)
    return (kinds, lines) if match is None else _cut(kinds, lines, match.start() + 1)


def _without_trailing_quote(kinds: str, lines: list[str]) -> _Step:
    """A quote after the last line of text is the message answered, not part of the answer."""
    match = re.search(r"[eq]+$", kinds)
    if TEXT in kinds and match:
        return _cut(kinds, lines, match.start())
    return kinds, lines


_CLOSING = re.compile(
    r"^\s*(?:(?:kind|best|warm|many|with)?\s*(?:regards|wishes|thanks|thank you)|cheers|sincerely"
    r"|yours(?: truly| sincerely| faithfully)?|respectfully|thx|br|(?:mit )?(?:freundlichen|besten"
    r"|herzlichen|vielen|beste|liebe|viele) (?:grüßen|grüssen|grüße|grüsse|dank)|mfg|lg|gruß|grüße"
    r"|cordialement|bien (?:cordialement|à vous)|salutations|(?:meilleures|sincères) salutations"
    r"|merci(?: d'avance| beaucoup)?|(?:un )?saludo(?:s)?(?: cordiales)?|atentamente|un cordial"
    r" saludo|gracias|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groet(?:en|jes)?"
    r"|mvg|bedankt|(?:cordiali )?saluti|distinti saluti|cordialmente|grazie(?: mille)?)"
    r"[\s,.!]*$"
    # the French formal closing: "Nous vous prions d'agréer, Madame, Monsieur, nos salutations"
    r"|^\s*(?:nous vous prions|je vous prie|veuillez (?:agréer|recevoir)|recevez"
    r"|dans l['\u2019]attente[^.]{0,60}, (?:nous|je) vous prions)[^.]{0,100}"
    r"(?:salutations|sentiments|considération)[^.]{0,30}[.!]?\s*$",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"^\s*(?:confidentiality notice|disclaimer|this (?:e-?mail|message|communication)"
    r"(?: and any (?:files|attachments?)[^.]{0,40})? (?:is|are|may be|contains?) (?:confidential"
    r"|intended|privileged)|the information (?:contained )?in this|diese (?:e-?mail|nachricht)"
    r"(?: und [^.]{0,40}?)? (?:enthält|enthalten|ist|sind|kann|können) (?:vertrauliche|vertraulich"
    r"|nur)|ce (?:message|courriel|e-?mail)(?: et [^.]{0,40}?)? (?:est|sont|peut|peuvent|contient)"
    r" (?:confidenti|strictement|destiné)|este (?:mensaje|correo)[^.]{0,40}(?:confidencial"
    r"|dirigido)|dit (?:e-?mail)?bericht[^.]{0,40}(?:vertrouwelijk|uitsluitend bestemd)"
    r"|questo messaggio[^.]{0,40}(?:riservat|confidenzial|destinat)|please consider the"
    r" environment|think before you print)",
    re.IGNORECASE,
)


def strip_closing(text: str) -> str:
    """`text` up to its closing formula ("Kind regards,", "Mit freundlichen Grüßen"), legal
    disclaimer or mail-client signature ("Sent from my iPhone", "Envoyé de mon iPhone"): what
    follows is a name, a title, phone numbers and small print, not the reply. A closing on the
    first line ("Thanks, we paid") is kept: it is the reply itself."""
    lines = [line for line in text.split("\n") if not _ANY_SIGNATURE.match(line)]
    text = "\n".join(lines).strip() if len(lines) < text.count("\n") + 1 else text
    for index, line in enumerate(lines):
        if index and (_CLOSING.match(line) or _DISCLAIMER.match(line)):
            return "\n".join(lines[:index]).strip()
        if _DISCLAIMER.match(line):
            return ""
    return text
