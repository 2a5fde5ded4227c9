"""`make faults`: the crash run and the bad-mail run, one JSON line of what they found.

Runs `crash.py` (dunmail killed with SIGKILL while it sends 1,000 reminders and reads a stream of
replies, against a real SMTP sink and Dovecot) and `fuzz.py` (mutated corpus mail through the
daemon's whole inbound path), prints each one's figures, and last one JSON object with both. It
exits non-zero when a reminder was sent twice or lost, a reply was not handled exactly once, or a
malformed message made anything raise, went unread or quarantined, or took more than its bounds
of time or memory. CI runs a smaller set (`.ci/run`); `make faults` the whole.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crash import crash_run
from fuzz import fuzz_run, passed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emails", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--replies", type=int, default=200)
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20261102)
    arguments = parser.parse_args()
    crash = crash_run(arguments.emails, arguments.kills, arguments.replies, arguments.seed)
    print("crash run:", json.dumps(crash))
    fuzz = fuzz_run(arguments.cases, arguments.seed)
    print("bad-mail run:", json.dumps(fuzz))
    summary = {
        key: crash[key]
        for key in ("kills", "emails_due", "delivered_once", "duplicates", "lost", "replies",
                    "replies_handled_once")
    } | {key: fuzz[key] for key in ("fuzz_cases", "crashes", "unread", "quarantined",
                                    "over_time", "over_memory")}  # fmt: skip
    good = (
        crash["duplicates"] == 0
        and crash["lost"] == 0
        and crash["delivered_once"] == arguments.emails
        and crash["sent_folder_matches"]
        and crash["replies_handled_once"] == crash["replies"]
        and passed(fuzz)
    )
    print(json.dumps(summary))
    raise SystemExit(0 if good else 1)


if __name__ == "__main__":
    main()
