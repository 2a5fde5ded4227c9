"""Reply trimming: small tables, then the Discourse reply-trimmer corpus beside the project."""

from __future__ import annotations

from pathlib import Path

import pytest

from daemon.core.trim import strip_closing, trim_reply

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "replies"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We paid yesterday.\n\n> Please pay invoice 42.\n> Thanks", "We paid yesterday."),
        (
            "Paid today.\n\nOn Mon, Dec 1, 2026 at 9:00 AM, AR <ar@example.com> wrote:\n> Pay",
            "Paid today.",
        ),
        ("Bezahlt.\n\nAm 01.12.2026 um 09:00 schrieb AR <ar@example.com>:\n> Bitte", "Bezahlt."),
        ("C'est payé.\n\nLe 1 déc. 2026, AR <ar@example.com> a écrit :\n> Merci", "C'est payé."),
        ("Pagado.\n\nEl 1 dic 2026, AR <ar@example.com> escribió:\n> Hola", "Pagado."),
        ("Betaald.\n\nOp 1 dec. 2026 schreef AR <ar@example.com>:\n> Hoi", "Betaald."),
        ("Pagato.\n\nIl 1 dic 2026, AR <ar@example.com> ha scritto:\n> Ciao", "Pagato."),
        (
            "Will pay Friday.\n\n-----Original Message-----\nFrom: AR\nSent: Monday\nTo: Me\n"
            "Subject: Invoice\n\nPlease pay.",
            "Will pay Friday.",
        ),
        (
            "Wird erledigt.\n\nVon: AR <ar@example.com>\nGesendet: Montag, 1. Dezember 2026\n"
            "An: Kunde\nBetreff: Rechnung\n\nBitte zahlen.",
            "Wird erledigt.",
        ),
        ("Check mailed.\n\n-- \nJane Doe\nACME Corp", "Check mailed."),
        ("Check mailed.\n\nSent from my iPhone", "Check mailed."),
        ("> Did you pay?\n\nYes, on Monday.", "> Did you pay?\n\nYes, on Monday."),
        ("Line one\r\nLine two\r\n", "Line one\nLine two"),
        # an answer below the quote in one long line (format=flowed, joined) is a long answer
        (
            "Hello,\n\nAm 08.12.26 schrieb AR:\n> Rechnung 4455\n\n" + "Nicht bestellt. " * 30,
            "Hello,\n\n> Rechnung 4455\n\n" + ("Nicht bestellt. " * 30).strip(),
        ),
        ("", ""),
        ("\n\n  \n", ""),
    ],
)
def test_trim_reply_keeps_only_the_new_text(text: str, expected: str) -> None:
    assert trim_reply(text) == expected


def _normal(text: str) -> str:
    return " ".join(text.split())


def test_trim_reply_matches_the_reply_corpus() -> None:
    if not CORPUS.is_dir():
        pytest.skip("reply corpus not present beside the project")
    cases = sorted(CORPUS.glob("*.eml"))
    exact = contained = 0
    for case in cases:
        expected = _normal(case.with_suffix(".trimmed.txt").read_text(encoding="utf-8"))
        got = _normal(trim_reply(case.read_bytes().decode("utf-8", errors="replace")))
        exact += got == expected
        contained += expected in got
    # Measured: 64/64 exact and 64/64 contained; the floors leave room for a case or two.
    assert len(cases) >= 60
    assert exact / len(cases) >= 0.95
    assert contained / len(cases) >= 0.97


def test_trim_reply_is_quick_on_long_hostile_lines() -> None:
    text = ("On " + "x" * 5000 + " via " * 500 + "\n") * 50 + "> " * 3000
    assert isinstance(trim_reply(text), str)


@pytest.mark.parametrize(
    "text",
    [
        "Payé\n\nEnvoyé de mon iPhone",
        "Betaald\n\nVerstuurd vanaf mijn iPhone",
        "Pagado\n\nEnviado desde mi iPhone",
        "Bezahlt\n\nVon meinem iPhone gesendet",
        "Paid\n\nSent from my Galaxy",
        "Paid\n\nGet Outlook for Android",
        "Paid\nGet Outlook for iOS<https://aka.ms/o0ukef>",
        "Paid\n\nInviato da iPhone",
    ],
)
def test_strip_closing_drops_mail_client_signatures(text: str) -> None:
    assert strip_closing(text) in ("Payé", "Betaald", "Pagado", "Bezahlt", "Paid")
