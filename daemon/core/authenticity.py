"""Whether a received email really comes from the domain it claims: our servers' word only (pure).

One job: read the Authentication-Results (RFC 8601) that our own receiving servers added, and say
which domains they vouch for and whether the From domain is one of them. Anyone can write an
Authentication-Results header into a message before sending it, so results from any authserv-id
not configured as ours are ignored (RFC 8601 §5, §7.1). That is only safe if the border server
also deletes incoming headers that carry its own authserv-id (RFC 8601 §5): check that it does
before trusting its id. With no trusted ids, nothing is authenticated.

It must not verify signatures or look up DNS itself (that is the receiving server's job), and it
must not decide what to do with an unauthenticated message.
"""

from __future__ import annotations

from collections.abc import Collection

from daemon.core.mail import Mail

# What a passing result vouches for: DKIM the signing domain (header.d), SPF the envelope sender's
# domain (smtp.mailfrom), DMARC the From domain itself (header.from). RFC 8601 §2.7.
_METHODS = frozenset({"dkim", "spf", "dmarc"})


def vouched_domains(mail: Mail, trusted_authserv_ids: Collection[str]) -> frozenset[str]:
    """The domains a trusted server's Authentication-Results says passed DKIM, SPF or DMARC."""
    trusted = {_normal(authserv_id) for authserv_id in trusted_authserv_ids} - {""}
    return frozenset(
        _domain(result.domain)
        for result in mail.auth
        if _normal(result.authserv_id) in trusted
        and result.method.lower() in _METHODS
        and result.result.lower() == "pass"
        and _domain(result.domain)
    )


def authenticated_for(mail: Mail, domain: str, trusted_authserv_ids: Collection[str]) -> bool:
    """Whether `mail`'s From is at `domain` (or below it) and a trusted server vouches for it.

    Alignment as in DMARC's relaxed mode (RFC 7489 §3.1): the vouched domain must be the From
    domain or a parent of it, and lie within `domain`. A DKIM pass for another domain (a mailing
    list's, a bulk sender's) says nothing about who wrote From.
    """
    wanted = _domain(domain)
    sender = _domain(mail.sender.rpartition("@")[2]) if "@" in mail.sender else ""
    if not wanted or not _within(sender, wanted):
        return False
    vouched = vouched_domains(mail, trusted_authserv_ids)
    return any(_within(sender, v) and _within(v, wanted) for v in vouched)


def _within(name: str, parent: str) -> bool:
    """`name` is `parent` or a subdomain of it."""
    return bool(parent) and (name == parent or name.endswith(f".{parent}"))


def _domain(value: str) -> str:
    """A bare lower-case domain; an smtp.mailfrom given as a whole address yields its domain."""
    return value.rpartition("@")[2].strip().rstrip(".").lower()


def _normal(authserv_id: str) -> str:
    return authserv_id.strip().lower()
