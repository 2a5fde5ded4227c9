"""RELIABILITY.md names, for each guarantee, the test that proves it: every one it names exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_NAMED = re.compile(r"`(test_\w+\.py)::(test_\w+)`")


def test_every_test_the_reliability_page_names_exists() -> None:
    named = _NAMED.findall((ROOT / "RELIABILITY.md").read_text(encoding="utf-8"))
    assert len(named) >= 30
    missing = [
        f"{module}::{test}"
        for module, test in named
        if not re.search(
            rf"^(?:async )?def {test}\(",
            (ROOT / "tests" / module).read_text(encoding="utf-8"),
            re.MULTILINE,
        )
    ]
    assert missing == []
