"""The facts a classified reply carries: the promised, paid or return date, the amount, the
payment reference, and a new contact address.

One job: given the deciding cue's clause and the sender's words, pick the facts
`daemon.core.classify` puts in a `Verdict`. The clause that carries the deciding cue is read first,
then the whole text; a date in a conditional part of the clause ("as long as the CFO signs off
today it'll go out with Thursday's batch") is not the promised one. Dates are read in the sender's
locale (`find_dates(language=...)`, month first only for North American English). It must not
decide the intent and must not do IO.
"""

from __future__ import annotations

import re
from datetime import date

from daemon.core.classify_lexicon import Hit
from daemon.core.extract import find_addresses, find_amounts, find_dates, find_reference
from daemon.core.mail import Mail
from daemon.core.verdict import Facts

# Words that open a condition inside a clause: a date between one and the cue is the condition's.
_CONDITION = re.compile(
    r"\b(?:if|as long as|provided(?: that)?|once|when|unless|si|siempre que|mientras|cuando|se"
    r"|purché|quando|wenn|falls|sofern|solange|sobald|als|indien|mits|zolang|zodra|quand"
    r"|pourvu que|tant que|à condition que|dès que|until|till|bis|jusqu['\u2019]|hasta|tot"
    r"|fino a)\b",
    re.IGNORECASE,
)


def money_facts(mail: Mail, text: str, today: date, hit: Hit, *, past: bool) -> Facts:
    """Date, amount, currency and (for a payment made) reference of a payment claim or promise."""
    # A promise is for a day to come, a payment for one gone by: "approved yesterday and queued
    # for the run of the 3rd" promises the 3rd.
    fits = (lambda day: day <= today) if past else (lambda day: day >= today)
    after = hit.clause[max(0, hit.clause.find(hit.phrase)) :] if hit.phrase and not past else ""
    dates = (
        # "early next week, Tuesday at the latest": the latest day is the one promised
        (() if past else tuple(filter(fits, _latest(mail, text, today))))
        # a promise's day follows its words ("back today, and in the batch for Friday the 4th")
        or tuple(filter(fits, dates_in(mail, after, today) if after else ()))
        or tuple(filter(fits, clause_dates(mail, hit, today, past=past)))
        or tuple(filter(fits, _next_to(mail, text, hit, today, past=past)))
        or dates_in(mail, text, today, past=past, lookback_days=7 if past else 0)
    )
    if not dates and past and _JUST_NOW.search(text):
        dates = (today,)  # "just sent", "eben rausgeschickt", "acabo de mandar": today
    amounts = find_amounts(hit.clause) or find_amounts(text)
    amount, currency = amounts[0] if amounts else (None, "")
    return Facts(
        date=dates[0] if dates else None,
        amount=amount,
        currency=currency,
        reference=find_reference(text) if past else "",
    )


# A payment made a moment ago.
_JUST_NOW = re.compile(
    r"\b(?:just (?:now |sent|paid|transferred|made|done)|a minute ago|gerade eben|eben|soeben"
    r"|gerade|à l['\u2019]instant|tout juste|acabo de|acabamos de|ahora mismo|appena|proprio ora"
    r"|zojuist|net (?:betaald|overgemaakt|verstuurd))\b",
    re.IGNORECASE,
)


# "spätestens Dienstag", "au plus tard le 4", "by Friday at the latest".
_LATEST_BEFORE = re.compile(
    r"\b(?:spätestens|at the (?:very )?latest by|no later than|au plus tard|a más tardar"
    r"|a mas tardar|como muy tarde|uiterlijk|al più tardi|entro e non oltre)\b",
    re.IGNORECASE,
)
_LATEST_AFTER = re.compile(r"\bat the (?:very )?latest\b|\bal más tardar\b", re.IGNORECASE)


def _latest(mail: Mail, text: str, today: date) -> tuple[date, ...]:
    """The day named as the latest one: right after "spätestens", right before "at the latest"."""
    for found in _LATEST_BEFORE.finditer(text):
        days = dates_in(mail, text[found.end() : found.end() + 40], today)
        if days:
            return days[:1]
    for found in _LATEST_AFTER.finditer(text):
        days = dates_in(mail, text[max(0, found.start() - 40) : found.start()], today)
        if days:
            return days[-1:]
    return ()


def _next_to(mail: Mail, text: str, hit: Hit, today: date, *, past: bool) -> tuple[date, ...]:
    """The dates of the words right after the cue's clause, when a comma cut them off it ("in
    the batch for our Friday run, the 4th"; "queued for the next run, which goes out on ...")."""
    at = text.find(hit.clause) if hit.clause else -1
    if at < 0:
        return ()
    end = at + len(hit.clause)
    following = text[end : end + 60]
    if not following.startswith((",", " ,", ";")):
        return ()
    return dates_in(mail, following.split("\n", 1)[0], today, past=past)


def clause_dates(mail: Mail, hit: Hit, today: date, *, past: bool = False) -> tuple[date, ...]:
    """The dates of the cue's clause, without those between a condition word and the cue."""
    clause, at = hit.clause, max(0, hit.clause.find(hit.phrase))
    condition = _CONDITION.search(clause, 0, at) if hit.phrase else None
    if condition is None:
        parts = [clause]
    else:  # the condition runs to a comma before the cue ("if it's signed today, ...") or to it
        comma = clause.find(",", condition.end(), at)
        parts = [clause[: condition.start()], clause[comma if comma >= 0 else at :]]
    return tuple(day for part in parts for day in dates_in(mail, part, today, past=past))


def dates_in(
    mail: Mail, text: str, today: date, *, past: bool = False, lookback_days: int = 0
) -> tuple[date, ...]:
    """`find_dates` in the sender's locale: their language, month first for US senders."""
    return find_dates(
        text,
        today=today,
        past=past,
        lookback_days=lookback_days,
        month_first=month_first(mail),
        language=mail.language,
    )


def month_first(mail: Mail) -> bool:
    """US senders write 12/15 for 15 December: English with a North American time zone."""
    offset = mail.date.utcoffset() if mail.date else None
    hours = offset.total_seconds() / 3600 if offset is not None else 0
    return mail.language in ("en", "") and -10 <= hours <= -4


def new_contact(mail: Mail, text: str) -> str:
    """An address the sender names that is neither theirs nor ours. Ours: the mailboxes the reply
    was delivered to and those it was sent to outside the sender's own domain, and any address on
    a quoted line; an address of the sender's domain put in Cc ("copying our AP team") counts.
    A Reply-To of the sender's domain is theirs; one elsewhere that the text names ("send all
    reminders to accounts.dept@freemail" with Reply-To set to it) is where they ask us to write,
    and a person confirms it before it is used."""
    domain = mail.sender.rpartition("@")[2]
    ours = [address for address in mail.recipients if address.rpartition("@")[2] != domain]
    theirs = [address for address in mail.reply_to if address.rpartition("@")[2] == domain]
    found = find_addresses(text, exclude=(mail.sender, *theirs, *mail.delivered_to, *ours))
    live = [address for address in found if not _retired(address, text)]
    return (live or found or ("",))[0]


# What a notice says of a mailbox it retires: "X ist seit dem 1.11. stillgelegt", "X is no
# longer monitored", "X n'est plus consultée": that one is the old address, not the new.
_RETIRED = re.compile(
    r"(?:[^.\n]|\.(?=\S)){0,40}?\b(?:no longer|not monitored|unmonitored|closed|deactivated"
    r"|disabled|discontinued|stillgelegt|aufgelöst|deaktiviert|abgeschaltet|nicht mehr"
    r"|n['\u2019]est plus|ne sera plus|ya no|dejará de|niet (?:meer|langer)|wordt opgeheven"
    r"|non (?:è|sarà) più|dismess\w*|disattivat\w*)\b",
    re.IGNORECASE,
)


def _retired(address: str, text: str) -> bool:
    """Whether `text` says, right after naming `address`, that the mailbox is retired."""
    named = re.search(re.escape(address), text, re.IGNORECASE)
    return named is not None and _RETIRED.match(text, named.end()) is not None
