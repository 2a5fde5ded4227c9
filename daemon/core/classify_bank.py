"""Whether a wary reply asks for written proof of our bank details: `bank_proof(text)`.

Payment-redirection fraud ("our bank details have changed", sent by an impostor) teaches careful
payers to check a supplier's account through a second channel before paying. When the reply asks
for that proof in writing — a letter on headed paper, a signed bank letter, "schriftlich",
"par écrit", "su carta intestata" — it needs a document before paying: an invoice request, even
beside a tale of a fake letter. A call-back alone ("ring me to confirm the correct details"), or
a letter on "your letterhead" that was merely received, is for a person: `other`. A reply about
the sender's own account ("we changed our bank", "refund it to our new account", "the account
you hold for us") never counts: that is the shape of the fraud itself.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE
# The supplier's account, named in any of the six languages.
_ACCOUNT = re.compile(
    r"\b(?:bank(?:ing)? (?:details|account|information|info|letter|connection)|account (?:number"
    r"|no\.?|details)|sort code|iban|bic|swift|bsb|routing number|remittance (?:banking )?details"
    r"|bankverbindung|kontodaten|kontoverbindung|bankdaten|kontonummer|coordonnées(?: bancaires)?"
    r"|rib|compte bancaire|coordenadas bancarias|datos bancarios|número de cuenta|cuenta bancaria"
    r"|bankgegevens|rekeningnummer|bankrekening|coordinate bancarie|dati bancari|conto corrente)\b",
    _FLAGS,
)
# The sender's own account: "our new account", "unsere Bankverbindung", "notre RIB".
_OURS = re.compile(
    r"\b(?:our|my|unsere?[mnrs]?|meine?[mnrs]?|notre|nos|mon|ma|nuestr[oa]s?|mis|onze|mijn"
    r"|nostr[oaie]|mi[oa]|miei|mie)(?: \w+)?\s*$",
    _FLAGS,
)
# "the bank account you have on file": the sender asks what we hold about it.
_HELD = re.compile(
    r"[^.]{0,30}\b(?:you (?:have|hold|currently hold|keep)|on (?:file|record) for us)", _FLAGS
)
# A request in the sentence: "confirm", "send", "we need", in the six languages.
_ASK = re.compile(
    r"\b(?:confirm\w*|verif\w*|validat\w*|send\w*|provide|need|require|want|bestätig\w*"
    r"|verifizier\w*|schick\w*|brauch\w*|benötig\w*|vérifi\w*|transmet\w*|envoy\w*"
    r"|besoin|exig\w*|impos\w*|necesit\w*|hace falta|envi\w*|mand\w*|bevestig\w*|stuur\w*|nodig"
    r"|vereist|conferm\w*|verific\w*|invi\w*|serve|bisogno)",
    _FLAGS,
)
# Proof on paper, or the paper itself: "on headed paper, signed", "bankbevestiging".
_WRITTEN = re.compile(
    r"\b(?:in writing|written|letterhead|headed (?:note)?paper|signed|bank letter|schriftlich\w*"
    r"|\w*briefpapier|briefkopf|firmenpapier|unterschrieben|bankbestätigung|par écrit|en-tête"
    r"|signée?s?|attestation bancaire|por escrito|membrete|membretado|firmad[oa]s?|certificado"
    r" bancario|titularidad|schriftelijk|briefhoofd|ondertekend|bankattest|bankbevestiging"
    r"|per iscritto|carta intestata|firmat[oaie]|lettera della banca)\b",
    _FLAGS,
)
# The sender's own money coming back is the fraud's other shape: "refund it to our new account".
_REFUND = re.compile(
    r"\b(?:refund\w*|erstatt\w*|gutschrift\w*|rembours\w*|reembols\w*|devoluci\w*"
    r"|terugbetal\w*|terugstort\w*|rimbors\w*|restitu\w*)",
    _FLAGS,
)
# A sentence ends before a capital or a line break, not inside "a.u.b." or "z. B.".
_BREAK = re.compile(r"(?<=[.!?;])\s+(?=[A-ZÀ-Þ¿¡])|\n")


def bank_proof(text: str) -> str | None:
    """The words naming our account when `text` asks, in one sentence, to see it confirmed in
    writing; None when it does not, or when it speaks of the sender's own account."""
    accounts = list(_ACCOUNT.finditer(text))
    if not accounts or _REFUND.search(text):
        return None
    if any(
        _OURS.search(text, 0, found.start()) or _HELD.match(text, found.end()) for found in accounts
    ):
        return None
    for sentence in _BREAK.split(text):
        if _ASK.search(sentence) and _WRITTEN.search(sentence):
            return accounts[0].group()
    return None
