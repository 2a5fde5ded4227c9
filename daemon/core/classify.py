"""What a received email says: `classify(mail, today=...) -> Verdict`.

One job: a small ordered rule set in English and German. The first rule that fires wins:
bounce > auto_reply > unsubscribe > dispute > wrong_contact > payment_plan > invoice_request >
payment_sent > promise_to_pay > other. Rules read the trimmed reply (`Mail.reply`) and the subject
only when the subject is the sender's own (a "Re:" subject is our reminder's words), so a quoted
"please pay invoice 42" never counts as the customer's. A negated or conditional sentence ("we have
not paid", "if we paid twice") does not fire payment or promise rules. It must not do IO or read
the clock (`today` is an argument), and it does not act on the verdict (the reply policy does).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from daemon.core.classify_bounce import bounce_verdict
from daemon.core.extract import find_addresses, find_amounts, find_dates, find_reference
from daemon.core.mail import Mail
from daemon.core.verdict import Facts, Intent, Verdict

_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|antw|wg|fw|fwd|tr|rif)\s*(?:\[\d+\])?\s*:", re.I)
_OUT_OF_OFFICE = re.compile(
    r"out of (?:the )?office|automatic reply|auto[- ]?reply|autorespon|abwesenheit|automatische"
    r" antwort|away until|on (?:vacation|holiday|leave|annual leave|parental leave)"
    r"|nicht im (?:büro|hause|haus)|bin (?:bis|vom) .{0,40} (?:abwesend|nicht erreichbar)"
    r"|im urlaub|limited access to (?:my )?e-?mail|currently (?:away|out)",
    re.IGNORECASE,
)
_GONE = re.compile(
    r"no longer (?:in use|with|employed|work|monitored|active)|has left|left the company"
    r"|not in use|zukünftig|nicht mehr (?:im unternehmen|für|bei|aktiv|erreichbar)",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|never|cannot|unable|nicht|nie|kein|keine|keinen)\b|n't\b|\bno\b(?!\.?\s*\d)",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"\b(?:if|falls|wenn|ob|whether|once|sobald)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|shall|going to|'ll|wird|werden|werde|plan to|intend to)\b", re.I)

_Rule = tuple[Intent, float, re.Pattern[str]]
_KEYWORD_RULES: tuple[_Rule, ...] = (
    (
        Intent.UNSUBSCRIBE,
        0.85,
        re.compile(
            r"\bunsubscribe\b|stop (?:sending|e-?mailing|contacting)|remove (?:me|us) from"
            r"|take (?:me|us) off|do not (?:contact|e-?mail) (?:me|us)|abmelden|austragen"
            r"|keine (?:weiteren )?(?:e-?mails|nachrichten|mails)",
            re.I,
        ),
    ),
    (
        Intent.DISPUTE,
        0.8,
        re.compile(
            r"\bdisput|disagree|(?:invoice|amount|bill|charge) (?:is|was) (?:wrong|incorrect)"
            r"|incorrect (?:invoice|amount|charge)|wrong (?:amount|invoice)|overcharg"
            r"|double[- ]billed"
            r"|(?:never|not|didn't|did not) (?:received?|get|got) (?:the|our|any|your)? ?(?:goods"
            r"|items?|order|delivery|product|service|shipment)|(?:didn't|did not|never) order"
            r"|already (?:cancel|return)|defective|damaged|reklamation|widerspruch|widersprechen"
            r"|falsche (?:rechnung|betrag)|rechnung ist (?:falsch|fehlerhaft)|nicht bestellt"
            r"|ware (?:nicht|nie) (?:erhalten|angekommen)|mangelhaft|beschädigt|bestreiten",
            re.I,
        ),
    ),
    (
        Intent.WRONG_CONTACT,
        0.8,
        re.compile(
            r"wrong (?:person|contact|address|recipient)"
            r"|not the (?:right|correct) (?:person|contact)|not responsible for"
            r"|no longer (?:works?|with|employed|responsible)"
            r"|(?:has|have) left (?:the|our) (?:company|firm)|nicht zuständig"
            r"|falsche[rn]? (?:ansprechpartner|empfänger|kontakt)|nicht mehr (?:im unternehmen|bei)"
            r"|wenden sie sich (?:bitte )?an|zukünftig|richtige[rn]? ansprechpartner",
            re.I,
        ),
    ),
    (
        Intent.PAYMENT_PLAN,
        0.8,
        re.compile(
            r"payment plan|instal+ments?|pay (?:it )?in (?:\w+ )?(?:parts|instal|monthly)"
            r"|partial payments?|monthly payments|pay (?:a )?part|ratenzahlung|in raten|teilzahlung"
            r"|stundung",
            re.I,
        ),
    ),
    (
        Intent.INVOICE_REQUEST,
        0.85,
        re.compile(
            r"(?:send|resend|re-send|forward|email|mail)(?: me| us)?(?: again)? (?:a |the )?(?:copy"
            r" of (?:the |your )?)?invoice|copy of (?:the |your |this )?invoice|invoice copy"
            r"|(?:didn't|did not|never|haven't|have not|not) (?:receive|get|got|received)"
            r" (?:the |an |your |any |this )?invoice|can't find (?:the|your) invoice"
            r"|rechnungskopie|kopie der rechnung|rechnung (?:erneut|nochmal|noch einmal)"
            r"|(?:keine|die) rechnung (?:nicht )?erhalten",
            re.I,
        ),
    ),
)
_PAID = re.compile(
    r"(?<!\bbe )(?<!\bget )(?<!\bun)\bpaid\b|\b(?:sent|made|transferred|wired|remitted|mailed"
    r"|issued|initiated|processed|completed)(?: you)? (?:the |a |our |your )?(?:payment|check"
    r"|cheque|money|funds|transfer|amount|remittance)|payment (?:has been|was|is) (?:sent|made"
    r"|processed|transferred|completed|initiated|on (?:its|the) way)"
    r"|(?:check|cheque)\b[^.!?\n]{0,20} (?:is|was) in the (?:mail|post)"
    r"|\bsettled\b|bezahlt|überwiesen|beglichen|zahlung (?:wurde|ist) (?:\w+ )?(?:veranlasst"
    r"|angewiesen|ausgeführt|erfolgt|getätigt)",
    re.IGNORECASE,
)
_PROMISE = re.compile(
    r"\b(?:will|'ll|shall|going to|plan to|intend to|expect to)\b[^.!?\n]{0,30}\b(?:pay|settle"
    r"|transfer|send|process|remit|wire)|payment will be|be paid|pay (?:it |this |the invoice )?"
    r"(?:by|on|next|tomorrow|before|at the end)|scheduled (?:for|on)|(?:werden|wird|werde)"
    r"[^!?\n]{0,40}?(?:bezahlen|bezahlt|überweisen|überwiesen|begleichen|beglichen|zahlen)"
    r"|zahlung erfolgt (?:am|bis)|zahlen (?:bis|am)",
    re.IGNORECASE,
)
# A clause: negation rarely reaches over a comma; a dot or comma after a digit ("1. Dezember",
# "1,200") belongs to the clause.
_SENTENCE = re.compile(r"(?:(?<=\d)[.,]|[^.!?\n;,])+")


def classify(mail: Mail, *, today: date) -> Verdict:
    """The intent of `mail` with facts, confidence and the rules that decided it."""
    text = mail.reply if _REPLY_SUBJECT.match(mail.subject) else f"{mail.subject}\n{mail.reply}"
    for rule in _rules():
        verdict = rule(mail, text, today)
        if verdict is not None:
            return verdict
    return Verdict(Intent.OTHER, 0.5, reasons=("other: no rule matched",))


_RuleFn = Callable[[Mail, str, date], Verdict | None]


def _rules() -> tuple[_RuleFn, ...]:
    """The rules in order of precedence: the first verdict wins."""
    unsubscribe, dispute, wrong_contact, plan, invoice = (_keyword(r) for r in _KEYWORD_RULES)
    return (_bounce, _auto_reply, unsubscribe, dispute, wrong_contact, _redirected, plan, invoice,
            _payment_sent, _promise)  # fmt: skip


def _bounce(mail: Mail, _text: str, _today: date) -> Verdict | None:
    return bounce_verdict(mail)


def _keyword(rule: _Rule) -> _RuleFn:
    intent, confidence, pattern = rule

    def apply(mail: Mail, text: str, today: date) -> Verdict | None:
        matched = _affirmed(pattern, text, blocker=_NEGATION)
        return (
            _keyword_verdict(mail, text, today, (intent, confidence, matched)) if matched else None
        )

    return apply


def _auto_reply(mail: Mail, text: str, today: date) -> Verdict | None:
    header = mail.auto_submitted
    match = _OUT_OF_OFFICE.search(mail.subject) or _OUT_OF_OFFICE.search(mail.reply)
    if not header and match is None:
        return None
    reason = f"auto_reply: {header}" if header else f"auto_reply: {match[0] if match else ''!r}"
    dates = find_dates(mail.reply, today=today)
    new_contact = _new_contact(mail, text) if _GONE.search(text) else ""
    facts = Facts(date=_return_date(mail.reply, dates), new_contact=new_contact)
    return Verdict(Intent.AUTO_REPLY, 0.95 if header else 0.8, facts, (reason,))


def _return_date(text: str, dates: tuple[date, ...]) -> date | None:
    """The date after "back", "return", "zurück", "until", "bis", else the last date named."""
    keyword = re.search(r"\b(?:back|return\w*|zurück|wieder|until|till|bis|ab)\b", text, re.I)
    if keyword and dates:
        after = find_dates(text[keyword.end() :], today=min(dates))
        if after:
            return after[0]
    return dates[-1] if dates else None


def _new_contact(mail: Mail, text: str) -> str:
    ours = (mail.sender, *mail.reply_to, *mail.recipients, *mail.delivered_to)
    found = find_addresses(text, exclude=ours)
    return found[0] if found else ""


_REDIRECT = re.compile(
    r"(?:please|kindly|bitte)[^.!?\n]{0,30}\b(?:contact|write to|send|forward|address|direct"
    r"|kontaktieren|schreiben|senden|schicken|wenden)\b|send (?:all )?invoices to",
    re.IGNORECASE,
)


def _redirected(mail: Mail, text: str, _today: date) -> Verdict | None:
    """ "Please send invoices to ap@example.com": a redirect needs an address that is not ours."""
    match = _REDIRECT.search(text)
    contact = _new_contact(mail, text) if match else ""
    if not match or not contact:
        return None
    reason = f"wrong_contact: {match[0]!r} naming {contact}"
    return Verdict(Intent.WRONG_CONTACT, 0.8, Facts(new_contact=contact), (reason,))


def _keyword_verdict(mail: Mail, text: str, today: date, hit: tuple[Intent, float, str]) -> Verdict:
    intent, confidence, matched = hit
    facts = Facts()
    if intent is Intent.WRONG_CONTACT:
        facts = Facts(new_contact=_new_contact(mail, text))
        confidence += 0.1 if facts.new_contact else 0.0
    elif intent is Intent.PAYMENT_PLAN:
        facts = _money_facts(text, today, lookback=0)
    return Verdict(intent, confidence, facts, (f"{intent.value}: {matched!r}",))


def _money_facts(text: str, today: date, *, lookback: int) -> Facts:
    dates = find_dates(text, today=today, lookback_days=lookback)
    amounts = find_amounts(text)
    amount, currency = amounts[0] if amounts else (None, "")
    return Facts(
        date=dates[0] if dates else None,
        amount=amount,
        currency=currency,
        reference=find_reference(text),
    )


def _affirmed(pattern: re.Pattern[str], text: str, *, blocker: re.Pattern[str]) -> str:
    """The first match of `pattern` in a sentence without a negation or condition before it."""
    for sentence in _SENTENCE.finditer(text):
        match = pattern.search(sentence[0])
        if match and not blocker.search(sentence[0][: match.start()]):
            return match[0]
    return ""


_PAST_BLOCKER = re.compile(
    f"{_NEGATION.pattern}|{_CONDITION.pattern}|{_FUTURE.pattern}", re.IGNORECASE
)


def _payment_sent(_mail: Mail, text: str, today: date) -> Verdict | None:
    matched = _affirmed(_PAID, text, blocker=_PAST_BLOCKER)
    if not matched:
        return None
    facts = _money_facts(text, today, lookback=7)
    confidence = 0.9 if facts.reference or facts.amount is not None else 0.8
    return Verdict(Intent.PAYMENT_SENT, confidence, facts, (f"payment_sent: {matched!r}",))


def _promise(_mail: Mail, text: str, today: date) -> Verdict | None:
    matched = _affirmed(_PROMISE, text, blocker=_NEGATION)
    if not matched:
        return None
    facts = _money_facts(text, today, lookback=0)
    confidence = 0.85 if facts.date else 0.75
    return Verdict(Intent.PROMISE_TO_PAY, confidence, facts, (f"promise_to_pay: {matched!r}",))
