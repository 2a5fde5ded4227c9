"""What a received email says: `classify(mail, today=...) -> Verdict`.

One job: read the sender's new words and name the one business action they call for. Order:
a bounce (`daemon.core.classify_bounce`) first; then the new text is isolated (the trimmed reply,
without closing formula, signature, disclaimer, and without any line of the reminder we sent,
`reference_text`), searched with every language's lexicon (`daemon.core.classify_rules_<lang>`,
the detected language first) for affirmed cues, and an automatic reply is told apart
(`daemon.core.classify_auto`). The cue that drives the action wins:
unsubscribe > dispute > wrong contact > payment plan > invoice request > payment sent / promise
> a redirect naming an address > other. A payment claim and a promise together are a promise when
the promise names a future date ("approved and scheduled for Dec 5"), else a payment claim.
Nothing here does IO or reads the clock (`today` is an argument), and nothing acts on the verdict.
"""

from __future__ import annotations

import re
from datetime import date

from daemon.core.classify_auto import auto_evidence, return_date
from daemon.core.classify_bounce import bounce_verdict
from daemon.core.classify_lexicon import Cue, Hit, Lexicon, find_cues
from daemon.core.classify_rules_de import LEXICON as DE
from daemon.core.classify_rules_en import LEXICON as EN
from daemon.core.classify_rules_es import LEXICON as ES
from daemon.core.classify_rules_fr import LEXICON as FR
from daemon.core.classify_rules_it import LEXICON as IT
from daemon.core.classify_rules_nl import LEXICON as NL
from daemon.core.extract import find_addresses, find_amounts, find_dates, find_reference
from daemon.core.mail import Mail
from daemon.core.trim import strip_closing
from daemon.core.verdict import Facts, Intent, Verdict

_LEXICONS: tuple[Lexicon, ...] = (EN, DE, FR, ES, NL, IT)
_REPLY_SUBJECT = re.compile(
    r"^\s*(?:re|aw|sv|antw|wg|fw|fwd|tr|rif|r|ris|rv|doorst|res)\s*(?:\[\d+\])?\s*:", re.I
)
# The order in which cues decide: the first present wins (see the module docstring).
_PRECEDENCE: tuple[tuple[Cue, Intent, float], ...] = (
    (Cue.UNSUBSCRIBE, Intent.UNSUBSCRIBE, 0.9),
    (Cue.DISPUTE, Intent.DISPUTE, 0.85),
    (Cue.GONE, Intent.WRONG_CONTACT, 0.85),
    (Cue.WRONG_CONTACT, Intent.WRONG_CONTACT, 0.85),
    (Cue.PLAN, Intent.PAYMENT_PLAN, 0.85),
    (Cue.REQUEST, Intent.INVOICE_REQUEST, 0.85),
)
# A reply of a word or two that says the job is done ("Done.", "Erledigt", "Fait", "Pagado").
_DONE = re.compile(
    r"^\W*(?:done|paid|sent|settled|taken care of|erledigt|bezahlt|überwiesen|fait|réglé|payé"
    r"|hecho|pagado|pagada|gedaan|betaald|voldaan|fatto|pagato|pagata|saldato)\W*$",
    re.IGNORECASE,
)
_STOP = re.compile(r"^\W*(?:stop|stopp|arrêtez|arretez|basta|alto)\W*$", re.IGNORECASE)


def classify(mail: Mail, *, today: date, reference_text: str = "") -> Verdict:
    """The intent of `mail` with facts, confidence and the rules that decided it.

    `reference_text` is the reminder the mail answers, when known: its lines never count as the
    sender's words.
    """
    bounce = bounce_verdict(mail)
    if bounce is not None:
        return bounce
    text = new_text(mail, reference_text)
    hits = find_cues(text, _ordered(mail.language))
    automatic = auto_evidence(mail, hits)
    if automatic:
        return _automatic(mail, text, hits, today, automatic)
    return _decide(mail, text, hits, today)


def new_text(mail: Mail, reference_text: str = "") -> str:
    """The sender's own words: the subject unless it is a "Re:" of ours, and the trimmed reply
    without closing formula, signature, disclaimer and lines of `reference_text`."""
    body = strip_closing(mail.reply)
    if reference_text:
        ours = {_norm(line) for line in reference_text.splitlines() if len(_norm(line)) > 20}
        body = "\n".join(line for line in body.splitlines() if _norm(line) not in ours)
    return body if _REPLY_SUBJECT.match(mail.subject) else f"{mail.subject}.\n{body}"


def _norm(line: str) -> str:
    return " ".join(line.lower().lstrip("> ").split())


def _ordered(language: str) -> tuple[Lexicon, ...]:
    first = [lexicon for lexicon in _LEXICONS if lexicon.language == language]
    return (*first, *(lexicon for lexicon in _LEXICONS if lexicon.language != language))


def _automatic(mail: Mail, text: str, hits: dict[Cue, Hit], today: date, why: str) -> Verdict:
    gone = hits.get(Cue.GONE) or hits.get(Cue.WRONG_CONTACT)
    if gone is not None and Cue.ABSENT not in hits:  # "this mailbox is no longer monitored"
        facts = Facts(new_contact=_new_contact(mail, text))
        reason = f"wrong_contact: {gone.phrase!r} in an automatic reply"
        return Verdict(Intent.WRONG_CONTACT, 0.85, facts, (why, reason))
    facts = Facts(date=return_date(mail, text, today), new_contact=_new_contact(mail, text))
    strong = not mail.auto_submitted.startswith("X-Auto-Response-Suppress") and mail.auto_submitted
    return Verdict(Intent.AUTO_REPLY, 0.95 if strong else 0.8, facts, (why,))


_BOUNDED = re.compile(r"\b(?:until|till|unless|while|bis|solange|jusqu|tant que|hasta|mientras"
                      r"|totdat|zolang|finché|fino a)\b", re.IGNORECASE)  # fmt: skip
_HARDSHIP = re.compile(
    r"cash|hardship|struggl|difficult|tight|schwierig|liquidit|engpass|trésorerie|difficult"
    r"|liquidez|dificultad|moeilijk|problemen|difficoltà",
    re.IGNORECASE,
)


def _weigh(mail: Mail, text: str, hits: dict[Cue, Hit]) -> dict[Cue, Hit]:
    """Cues that change meaning together: "stop sending reminders until this is sorted" is no
    unsubscribe; "remove me and write to X" changes the contact; a hardship mention beside a
    payment already made is an apology, not a plea."""
    weighed = dict(hits)
    stop = weighed.get(Cue.UNSUBSCRIBE)
    if stop is not None and _BOUNDED.search(stop.clause, stop.clause.find(stop.phrase)):
        del weighed[Cue.UNSUBSCRIBE]
    contact_cue = weighed.get(Cue.WRONG_CONTACT) or weighed.get(Cue.REDIRECT)
    if Cue.UNSUBSCRIBE in weighed and contact_cue and _new_contact(mail, text):
        weighed[Cue.WRONG_CONTACT] = contact_cue
        del weighed[Cue.UNSUBSCRIBE]
    plan = weighed.get(Cue.PLAN)
    if plan is not None and Cue.PAID in weighed and _HARDSHIP.search(plan.phrase):
        del weighed[Cue.PLAN]
    return weighed


def _decide(mail: Mail, text: str, found: dict[Cue, Hit], today: date) -> Verdict:
    hits = _weigh(mail, text, found)
    for cue, intent, confidence in _PRECEDENCE:
        hit = hits.get(cue)
        if hit is not None:
            return _verdict(mail, text, today, intent, confidence, hit)
    paid, promise = hits.get(Cue.PAID), hits.get(Cue.PROMISE)
    if paid is not None and promise is not None:
        future = find_dates(promise.clause, today=today)
        chosen = (Intent.PROMISE_TO_PAY, promise) if future else (Intent.PAYMENT_SENT, paid)
        return _verdict(mail, text, today, chosen[0], 0.75, chosen[1])
    if paid is not None:
        return _verdict(mail, text, today, Intent.PAYMENT_SENT, 0.85, paid)
    if promise is not None:
        return _verdict(mail, text, today, Intent.PROMISE_TO_PAY, 0.85, promise)
    return _fallback(mail, text, hits, today)


def _fallback(mail: Mail, text: str, hits: dict[Cue, Hit], today: date) -> Verdict:
    redirect = hits.get(Cue.REDIRECT)
    if redirect is not None and _new_contact(mail, text):
        return _verdict(mail, text, today, Intent.WRONG_CONTACT, 0.7, redirect)
    words = strip_closing(mail.reply)
    if _DONE.match(words):
        return _verdict(mail, text, today, Intent.PAYMENT_SENT, 0.6, Hit(Cue.PAID, "", words, ""))
    if _STOP.match(words):
        return Verdict(Intent.UNSUBSCRIBE, 0.7, reasons=(f"unsubscribe: {words!r}",))
    return Verdict(Intent.OTHER, 0.4 if hits else 0.5, reasons=("other: no rule matched",))


def _verdict(  # noqa: PLR0917 - one call shape for every rule
    mail: Mail, text: str, today: date, intent: Intent, confidence: float, hit: Hit
) -> Verdict:
    reason = f"{intent.value}: {hit.phrase!r}" + (f" ({hit.language})" if hit.language else "")
    if intent is Intent.WRONG_CONTACT:
        facts = Facts(new_contact=_new_contact(mail, text))
        return Verdict(intent, confidence + (0.1 if facts.new_contact else 0.0), facts, (reason,))
    if intent in (Intent.PAYMENT_SENT, Intent.PROMISE_TO_PAY, Intent.PAYMENT_PLAN):
        facts = _money_facts(mail, text, today, hit, past=intent is Intent.PAYMENT_SENT)
        sure = facts.reference or facts.amount is not None or facts.date is not None
        return Verdict(intent, min(0.95, confidence + (0.05 if sure else 0.0)), facts, (reason,))
    return Verdict(intent, confidence, reasons=(reason,))


def _money_facts(mail: Mail, text: str, today: date, hit: Hit, *, past: bool) -> Facts:
    month_first = _month_first(mail)
    dates = find_dates(hit.clause, today=today, past=past, month_first=month_first) or find_dates(
        text, today=today, past=past, month_first=month_first, lookback_days=7 if past else 0
    )
    amounts = find_amounts(text)
    amount, currency = amounts[0] if amounts else (None, "")
    return Facts(
        date=dates[0] if dates else None,
        amount=amount,
        currency=currency,
        reference=find_reference(text) if past else "",
    )


def _month_first(mail: Mail) -> bool:
    """US senders write 12/15 for 15 December: English with a North American time zone."""
    offset = mail.date.utcoffset() if mail.date else None
    hours = offset.total_seconds() / 3600 if offset is not None else 0
    return mail.language in ("en", "") and -10 <= hours <= -4


def _new_contact(mail: Mail, text: str) -> str:
    ours = (mail.sender, *mail.reply_to, *mail.recipients, *mail.delivered_to)
    found = find_addresses(text, exclude=ours)
    return found[0] if found else ""
