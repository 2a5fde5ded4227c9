"""Which customer a received email is about, and on what evidence (pure).

One job: `correlate(mail, directory)` names the customer (and the invoices) a message in the AR
inbox concerns, with readable reasons, or None. Evidence, strongest first:

1. THREAD: In-Reply-To, then References newest first, name a Message-ID we sent (RFC 5322
   §3.6.4; mail readers keep them when replying). For a bounce, the DSN's copy of the original
   Message-ID comes first (RFC 3464 §2.2, the returned headers).
2. TOKEN: a recipient or Delivered-To address carries the reply token of a Reply-To we set
   (RFC 5233 subaddress), which survives mail readers that drop threading headers.
3. CONTACT: the sender (From, then Reply-To) is a contact of exactly one customer. An address
   shared by several customers is ambiguous: invoice numbers then decide among those customers.
4. INVOICE: the invoice numbers written in the subject or the new reply text all belong to one
   customer (found as whole tokens by `daemon.core.invoice_numbers`). Quoted text (`Mail.body`)
   does not count: it is our own reminder quoted back.
5. DOMAIN: the sender's domain is the domain of one customer's contacts, and is neither a
   free-mail domain (`daemon.core.freemail`) nor one of ours.

Mail from one of our own addresses (a collector writing, a copy of our own mail) correlates only
by THREAD or TOKEN: our addresses are never a customer's contact and our domain never a
customer's. A bounce correlates by its original Message-ID, the thread or token, then by its
failed recipients as contacts; it names no invoices. Anything else is None: the AR inbox also
receives unrelated mail, which must be left alone.

It must not decide what the mail says (`daemon.core.classify`), change any state, or read the
store or the clock; the shell builds the `Directory` with `build_directory`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from daemon.core.freemail import is_free_mail
from daemon.core.invoice_numbers import SCAN_LIMIT, NumberIndex, index_numbers, named_numbers
from daemon.core.mail import Mail
from daemon.core.message import reply_token, token_of
from daemon.core.records import Contact, EventKind, HistoryEvent, Invoice, InvoiceStatus, OutboxItem

__all__ = ["SCAN_LIMIT", "Directory", "Match", "SentRef", "Via", "build_directory", "correlate"]


class Via(StrEnum):
    THREAD = "thread"
    TOKEN = "token"  # noqa: S105 - the reply token, not a secret
    CONTACT = "contact"
    INVOICE = "invoice"
    DOMAIN = "domain"


@dataclass(frozen=True, slots=True)
class SentRef:
    """One email dunmail sent."""

    message_id: str  # "<token@domain>"
    customer_id: str
    recipient: str  # lower case
    invoices: tuple[str, ...]
    sequence_invoice: str = ""
    # Fingerprints of its text lines (`daemon.core.reminder_lines`); empty when not recorded.
    lines: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class _Index:
    """Lookups derived once from a `Directory`, so one message costs a few dict probes."""

    own: frozenset[str]
    invoices: NumberIndex  # the invoice numbers, to find them in text
    domains: Mapping[str, tuple[str, ...]]  # contact domain -> customer ids having contacts there


@dataclass(frozen=True, slots=True)
class Directory:
    """What correlation knows. Treat the mappings as immutable: an index is derived from them."""

    sent: Mapping[str, SentRef]  # by token (see message.token_of)
    contacts: Mapping[str, tuple[str, ...]]  # contact address (lower case) -> customer ids
    invoices: Mapping[str, str]  # invoice number -> customer id
    own_addresses: frozenset[str]  # the AR mailbox's own addresses (lower case), never a customer
    _index: _Index = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", _build_index(self))


@dataclass(frozen=True, slots=True)
class Match:
    customer_id: str
    via: Via
    sent: SentRef | None  # the email of ours it answers, when known (thread or token)
    # Invoice numbers of THIS customer in the subject or the trimmed reply text, in order of
    # appearance, deduplicated; empty for a bounce.
    named_invoices: tuple[str, ...]
    # The customer's contact address the mail came from (for a bounce: the contact it reports
    # as failed); "" when no known contact of this customer is involved.
    contact: str
    reasons: tuple[str, ...]  # readable; the deciding evidence last


def correlate(mail: Mail, directory: Directory) -> Match | None:
    """The customer `mail` is about, or None when the evidence names no single customer."""
    mentioned = () if mail.dsn is not None else _mentioned(mail, directory)
    ours = _ours(mail, directory)
    if ours is not None:
        ref, via, reason = ours
        return _match(
            mail, directory, ref.customer_id, via, sent=ref, reasons=[reason], mentioned=mentioned
        )
    if _is_own(directory, mail.sender):
        return None
    if mail.dsn is not None:
        return _bounced(mail, directory)
    return _from_sender(mail, directory, mentioned)


def build_directory(
    *,
    outbox: Iterable[OutboxItem],
    sent_history: Iterable[HistoryEvent],
    contacts: Mapping[str, Sequence[Contact]],
    invoices: Iterable[Invoice],
    own_addresses: Iterable[str],
) -> Directory:
    """A `Directory` from the store's records; the outbox wins over history for one Message-ID.

    Every outbox item counts whatever its status: a message cannot be answered before it was
    sent, and one still SENDING may well have gone out. `contacts` is by customer id.
    """
    sent: dict[str, SentRef] = {}
    for event in sent_history:
        _add(sent, _sent_of_event(event))
    for item in outbox:
        recipient = item.recipient.strip().lower()
        numbers = tuple(item.invoices)
        recorded = sent.get(token_of(item.message_id) or "")
        lines = recorded.lines if recorded is not None else frozenset()
        _add(
            sent,
            SentRef(
                item.message_id, item.customer_id, recipient, numbers, item.sequence_invoice, lines
            ),
        )
    by_address: dict[str, dict[str, None]] = {}  # dicts as ordered sets
    for customer_id, people in contacts.items():
        for contact in people:
            if address := contact.email.strip().lower():
                by_address.setdefault(address, {})[customer_id] = None
    owner: dict[str, Invoice] = {}
    for invoice in invoices:
        # A number reused across customers: the open invoice is the one people write about.
        held = owner.get(invoice.number)
        held_closed = held is not None and held.status != InvoiceStatus.OPEN
        if held is None or (held_closed and invoice.status == InvoiceStatus.OPEN):
            owner[invoice.number] = invoice
    return Directory(
        sent=sent,
        contacts={address: tuple(ids) for address, ids in by_address.items()},
        invoices={number: invoice.customer_id for number, invoice in owner.items()},
        own_addresses=frozenset(a.strip().lower() for a in own_addresses if a.strip()),
    )


def _add(sent: dict[str, SentRef], ref: SentRef | None) -> None:
    token = token_of(ref.message_id) if ref is not None else None
    if ref is not None and token is not None:
        sent[token] = ref


def _sent_of_event(event: HistoryEvent) -> SentRef | None:
    """The email an EMAIL_SENT event records (keys as `daemon.outbound` writes them), or None."""
    data = event.data
    message_id, recipient = data.get("message_id"), data.get("recipient")
    numbers, sequence_invoice = data.get("invoices"), data.get("sequence_invoice", "")
    lines = data.get("lines")
    if event.kind != EventKind.EMAIL_SENT or not isinstance(message_id, str):
        return None
    return SentRef(
        message_id=message_id,
        customer_id=event.customer_id,
        recipient=recipient.strip().lower() if isinstance(recipient, str) else "",
        invoices=tuple(str(n) for n in numbers) if isinstance(numbers, list | tuple) else (),
        sequence_invoice=sequence_invoice if isinstance(sequence_invoice, str) else "",
        lines=frozenset(str(n) for n in lines) if isinstance(lines, list | tuple) else frozenset(),
    )


def _build_index(directory: Directory) -> _Index:
    own = frozenset(address.strip().lower() for address in directory.own_addresses)
    own_domains = {address.rpartition("@")[2] for address in own}
    domains: dict[str, dict[str, None]] = {}
    for address, customer_ids in directory.contacts.items():
        domain = address.rpartition("@")[2]
        if domain and domain not in own_domains and not is_free_mail(domain):
            domains.setdefault(domain, {}).update(dict.fromkeys(customer_ids))
    return _Index(
        own=own,
        invoices=index_numbers(directory.invoices),
        domains={domain: tuple(ids) for domain, ids in domains.items()},
    )


def _ours(mail: Mail, directory: Directory) -> tuple[SentRef, Via, str] | None:
    """The email of ours this one answers (or bounces), by Message-ID or by reply token."""
    original = (mail.dsn.original_message_id,) if mail.dsn is not None else ()
    chains = (
        ("the bounced message", original),
        ("In-Reply-To", mail.in_reply_to),
        ("References", tuple(reversed(mail.references))),  # newest first
    )
    for header, message_ids in chains:
        for message_id in message_ids:
            ref = _sent_by(directory, token_of(message_id))
            if ref is not None:
                return ref, Via.THREAD, f"{header} {message_id} is our email to {ref.recipient}"
    for address in (*mail.recipients, *mail.delivered_to):
        ref = _sent_by(directory, reply_token(address))
        if ref is not None:
            why = f"{address} carries the reply token of our email {ref.message_id}"
            return ref, Via.TOKEN, f"{why} to {ref.recipient}"
    return None


def _sent_by(directory: Directory, token: str | None) -> SentRef | None:
    return directory.sent.get(token) if token else None


def _from_sender(mail: Mail, directory: Directory, mentioned: tuple[str, ...]) -> Match | None:
    """CONTACT, else INVOICE (among the customers sharing the sender, if any), else DOMAIN."""
    notes: list[str] = []
    shared: dict[str, None] = {}
    for label, address in _senders(mail, directory):
        ids = _customers_of(directory, address)
        if len(ids) == 1:
            notes.append(f"{label} {address} is a contact of {ids[0]}")
            return _match(mail, directory, ids[0], Via.CONTACT, reasons=notes, mentioned=mentioned)
        if ids:
            notes.append(f"{label} {address} is a contact of several customers: {', '.join(ids)}")
            shared.update(dict.fromkeys(ids))
    owners = dict.fromkeys(directory.invoices[number] for number in mentioned)
    pool = [customer for customer in owners if customer in shared] or list(owners)
    if len(pool) == 1:
        numbers = ", ".join(n for n in mentioned if directory.invoices[n] == pool[0])
        notes.append(f"invoice {numbers} named in the subject or reply is {pool[0]}'s")
        return _match(mail, directory, pool[0], Via.INVOICE, reasons=notes, mentioned=mentioned)
    for label, address in _senders(mail, directory):
        domain = address.rpartition("@")[2]
        ids = directory._index.domains.get(domain, ())
        if len(ids) == 1:
            notes.append(f"{label} domain {domain} is the domain of contacts of {ids[0]} only")
            return _match(mail, directory, ids[0], Via.DOMAIN, reasons=notes, mentioned=mentioned)
    return None


def _bounced(mail: Mail, directory: Directory) -> Match | None:
    """A bounce of no known email of ours: its failed recipients, if one customer's contacts."""
    found: dict[str, str] = {}  # customer id -> first bounced address of theirs
    for recipient in mail.dsn.recipients if mail.dsn is not None else ():
        for customer_id in _customers_of(directory, recipient.address):
            found.setdefault(customer_id, recipient.address)
    if len(found) != 1:
        return None
    ((customer_id, address),) = found.items()
    reason = f"bounced recipient {address} is a contact of {customer_id}"
    return _match(mail, directory, customer_id, Via.CONTACT, reasons=[reason], mentioned=())


def _match(
    mail: Mail,
    directory: Directory,
    customer_id: str,
    via: Via,
    *,
    sent: SentRef | None = None,
    reasons: list[str],
    mentioned: tuple[str, ...],
) -> Match:
    named = tuple(n for n in mentioned if directory.invoices.get(n) == customer_id)
    if mail.dsn is not None:
        addresses = [recipient.address for recipient in mail.dsn.recipients]
    else:
        addresses = [mail.sender, *mail.reply_to]
    contact = next((a for a in addresses if customer_id in _customers_of(directory, a)), "")
    return Match(customer_id, via, sent, named, contact, tuple(reasons))


def _senders(mail: Mail, directory: Directory) -> list[tuple[str, str]]:
    """From, then Reply-To: who wrote, leaving out our own addresses."""
    found = [("sender", mail.sender), *(("Reply-To", address) for address in mail.reply_to)]
    return [(label, a) for label, a in found if a and not _is_own(directory, a)]


def _customers_of(directory: Directory, address: str) -> tuple[str, ...]:
    if not address or _is_own(directory, address):
        return ()
    return directory.contacts.get(address.strip().lower(), ())


def _is_own(directory: Directory, address: str) -> bool:
    """One of our addresses, also with a subaddress (ar+anything@, RFC 5233)."""
    address = address.strip().lower()
    local, at, domain = address.rpartition("@")
    base = f"{local.partition('+')[0]}{at}{domain}"
    return address in directory._index.own or base in directory._index.own


def _mentioned(mail: Mail, directory: Directory) -> tuple[str, ...]:
    """Invoice numbers in the subject, then in the trimmed reply; first appearance only."""
    return named_numbers(mail.subject, mail.reply, directory._index.invoices)
