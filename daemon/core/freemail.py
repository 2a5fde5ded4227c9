"""Free-mail and ISP domains: addresses there say nothing about which company wrote.

One job: `is_free_mail(domain)`. Correlation uses it so that a sender's domain only identifies a
customer when the domain belongs to that customer: thousands of unrelated people share gmail.com.
The list is deliberately generous (a domain wrongly listed only costs a weaker match that the
contact and invoice rules usually make anyway); it must not grow into a copy of a public-suffix or
disposable-mail database, and it does no IO.
"""

from __future__ import annotations

# Exact domains, lower case.
FREE_MAIL_DOMAINS: frozenset[str] = frozenset(
    {
        # Global providers
        "gmail.com", "googlemail.com", "ymail.com", "rocketmail.com", "msn.com", "passport.com",
        "aol.com", "aim.com", "icloud.com", "me.com", "mac.com", "proton.me", "pm.me",
        "protonmail.com", "protonmail.ch", "tutanota.com", "tutanota.de", "tuta.io", "tuta.com",
        "zoho.com", "zohomail.com", "zohomail.eu", "fastmail.com", "fastmail.fm", "hey.com",
        "duck.com", "mail.com", "email.com", "inbox.com", "gmx.com", "hushmail.com",
        "mailbox.org", "posteo.de", "posteo.net",
        # Germany, Austria, Switzerland
        "web.de", "t-online.de", "freenet.de", "arcor.de", "online.de", "vodafone.de",
        "bluewin.ch", "sunrise.ch", "aon.at", "chello.at",
        # France, Belgium, Netherlands
        "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr", "laposte.net",
        "club-internet.fr",
        "skynet.be", "telenet.be", "xs4all.nl", "ziggo.nl", "kpnmail.nl", "planet.nl", "home.nl",
        # Italy, Spain, Portugal
        "libero.it", "virgilio.it", "alice.it", "tin.it", "tiscali.it", "fastwebnet.it",
        "telefonica.net", "terra.es", "sapo.pt",
        # United Kingdom, Ireland
        "btinternet.com", "sky.com", "virginmedia.com", "ntlworld.com", "talktalk.net",
        "blueyonder.co.uk", "eircom.net",
        # North America, Australia
        "comcast.net", "verizon.net", "att.net", "sbcglobal.net", "bellsouth.net", "cox.net",
        "charter.net", "earthlink.net", "optonline.net", "shaw.ca", "rogers.com",
        "sympatico.ca", "telus.net", "bigpond.com", "optusnet.com.au",
        # Central and Eastern Europe, Russia
        "seznam.cz", "centrum.cz", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "mail.ru", "bk.ru",
        "inbox.ru", "list.ru", "rambler.ru", "ya.ru", "ukr.net",
        # Asia, Latin America
        "qq.com", "163.com", "126.com", "yeah.net", "sina.com", "sohu.com", "naver.com",
        "daum.net", "hanmail.net", "rediffmail.com", "uol.com.br", "bol.com.br", "terra.com.br",
    }
)  # fmt: skip

# Providers with one domain per country (yahoo.co.uk, hotmail.fr, gmx.net, yandex.ru, ...).
FREE_MAIL_FAMILIES: frozenset[str] = frozenset(
    {"yahoo", "hotmail", "live", "outlook", "windowslive", "gmx", "yandex", "aol"}
)

# The label in front of a country code in second-level registrations (co.uk, com.br, ne.jp).
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "ne", "or"})
_GENERIC_TLDS = frozenset({"com", "net", "org"})


def is_free_mail(domain: str) -> bool:
    """Whether `domain` is a free-mail or ISP domain shared by unrelated people."""
    name = domain.strip().rstrip(".").lower()
    if name in FREE_MAIL_DOMAINS:
        return True
    family, _, suffix = name.partition(".")
    return family in FREE_MAIL_FAMILIES and _is_public_suffix(suffix)


def _is_public_suffix(suffix: str) -> bool:
    """Whether `suffix` is a registry suffix ("de", "co.uk", "com.au"), unlike "acme.com"."""
    labels = suffix.split(".")
    last = labels[-1]
    top = last in _GENERIC_TLDS or (len(last) == 2 and last.isalpha())
    if len(labels) == 1:
        return top
    return len(labels) == 2 and labels[0] in _SECOND_LEVEL and top
