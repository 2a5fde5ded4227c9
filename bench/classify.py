"""How well and how fast replies are read: `parse_mail` + `classify` over the labelled corpora.

- tests/corpus (labels.jsonl): per-intent precision and recall, accuracy, macro F1, the
  safety-critical confusions (a dispute, unsubscribe or payment-plan reply read as a payment or a
  promise), exactness of the promised / paid / return date and of the other extracted facts;
- the shared Sisimai set beside the project (ROOT.parent / "shared" / "corpus" / "bounces"),
  when present: bounce recall and hard/soft agreement over unique files;
- messages per second for parse + classify over both, once the messages of another corpus have
  been read untimed: a running daemon has long since paid the first use of each pattern, table and
  model array, so that start-up work is not counted per message. One timed pass takes under a
  second, which a busy host's noise moves by a tenth: the figure is the median of three passes,
  each in a fresh process (a second pass in the same process would find its messages' headers,
  words and notices in the caches the first one filled).

Dates are resolved against each message's own Date header, as `dunmail classify` does. The last
line printed is one JSON object. Run: `make bench` or `python bench/classify.py [CORPUS_DIR]`.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from daemon.cli_classify import describe  # noqa: E402
from daemon.core.classify import classify  # noqa: E402
from daemon.core.mail_parse import parse_mail  # noqa: E402
from daemon.core.verdict import Intent  # noqa: E402

SISIMAI = ROOT.parent / "shared" / "corpus" / "bounces"
WARM_UP = ROOT / "tests" / "corpus-holdout2"  # none of its messages is among those timed
SAFETY = ({"dispute", "unsubscribe", "payment_plan"}, {"payment_sent", "promise_to_pay"})
FACTS = ("payment_reference", "amount", "currency", "new_contact", "language")


def _labels(folder: Path) -> list[dict[str, Any]]:
    path = folder / "labels.jsonl"
    if not path.is_file():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [row for row in rows if (folder / row["file"]).is_file()]


def _reply_corpus(folder: Path) -> tuple[dict[str, Any], float]:
    rows = _labels(folder)
    truth: list[str] = []
    guess: list[str] = []
    dates = Counter[str]()
    facts = Counter[str]()
    unsafe: list[str] = []
    raws = {row["file"]: (folder / row["file"]).read_bytes() for row in rows}
    start = time.perf_counter()
    for row in rows:
        got = describe(row["file"], raws[row["file"]])
        truth.append(row["intent"])
        guess.append(got["intent"])
        if row["intent"] in SAFETY[0] and got["intent"] in SAFETY[1]:
            unsafe.append(f"{row['file']}: {row['intent']} -> {got['intent']}")
        _compare_dates(row, got, dates)
        for key in FACTS:
            if row.get(key) is not None:
                facts[f"{key}_labelled"] += 1
                facts[f"{key}_exact"] += str(row[key]).lower() == str(got.get(key)).lower()
        if row["intent"] != got["intent"]:
            print(f"  miss {row['file']}: {row['intent']} -> {got['intent']} {got['reasons']}")
    elapsed = time.perf_counter() - start
    return _scores(truth, guess, dates, facts, unsafe), elapsed


def _compare_dates(row: dict[str, Any], got: dict[str, Any], dates: Counter[str]) -> None:
    for key in ("promised_date", "paid_date", "return_date"):
        if row.get(key):
            dates["labelled"] += 1
            dates["exact"] += row[key] == got.get(key)
            if row[key] != got.get(key):
                print(f"  date {row['file']}: {key} {row[key]} != {got.get(key)}")


def _scores(
    truth: list[str], guess: list[str], dates: Counter[str], facts: Counter[str], unsafe: list[str]
) -> dict[str, Any]:
    per_intent: dict[str, dict[str, float]] = {}
    for intent in sorted(set(truth) | set(guess)):
        tp = sum(t == g == intent for t, g in zip(truth, guess, strict=True))
        predicted, actual = guess.count(intent), truth.count(intent)
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_intent[intent] = {"precision": precision, "recall": recall, "f1": f1, "n": actual}
    labelled = [s for i, s in per_intent.items() if s["n"]]
    correct = sum(t == g for t, g in zip(truth, guess, strict=True))
    return {
        "messages": len(truth),
        "accuracy": correct / len(truth) if truth else 0.0,
        "macro_f1": sum(s["f1"] for s in labelled) / len(labelled) if labelled else 0.0,
        "per_intent": per_intent,
        "unsafe": unsafe,
        "date_exactness": dates["exact"] / dates["labelled"] if dates["labelled"] else None,
        "facts": {
            key: facts[f"{key}_exact"] / facts[f"{key}_labelled"]
            for key in FACTS
            if facts[f"{key}_labelled"]
        },
    }


def _sisimai() -> tuple[dict[str, Any], int, float]:
    if not SISIMAI.is_dir():
        return {}, 0, 0.0
    labels = {row["file"]: row for row in _labels(SISIMAI)}
    seen: set[str] = set()
    counts = Counter[str]()
    unique: dict[str, bytes] = {}
    for path in sorted(SISIMAI.glob("*.eml")):
        raw = path.read_bytes()
        digest = hashlib.sha256(raw).hexdigest()
        if digest not in seen and path.name in labels:
            seen.add(digest)
            unique[path.name] = raw
    start = time.perf_counter()  # reading the files is not part of what is timed
    for name, raw in unique.items():
        mail = parse_mail(raw)
        today = mail.date.date() if mail.date else date(2026, 1, 1)
        verdict = classify(mail, today=today)
        label = labels[name]
        if label["intent"] == "bounce":
            counts["bounces"] += 1
            counts["detected"] += verdict.intent is Intent.BOUNCE
            if verdict.intent is Intent.BOUNCE:
                counts["agree"] += verdict.facts.bounce.value == label["bounce_kind"]
        else:
            counts["false_bounce"] += verdict.intent is Intent.BOUNCE
    elapsed = time.perf_counter() - start
    result = {
        "bounce_recall": counts["detected"] / max(1, counts["bounces"]),
        "hard_soft_agreement": counts["agree"] / max(1, counts["detected"]),
        "false_bounces": counts["false_bounce"],
    }
    return result, len(seen), elapsed


def _warm_up(folder: Path) -> int:
    """Reads the messages of another corpus, untimed; how many."""
    files = sorted(WARM_UP.glob("*.eml")) if WARM_UP.resolve() != folder.resolve() else []
    for path in files:
        describe(path.name, path.read_bytes())
    return len(files)


RUNS = 3  # timed passes, each in its own process; the median is reported
_RATE_ONLY = "--rate-only"  # a child's argument: time one pass, print its rate


def _rate(replies: dict[str, Any], reply_time: float, bounces: int, bounce_time: float) -> float:
    total = replies["messages"] + bounces
    return total / (reply_time + bounce_time) if total else 0.0


def _rates_in_fresh_processes(folder: Path, runs: int) -> list[float]:
    command = [sys.executable, str(Path(__file__).resolve()), _RATE_ONLY, str(folder)]
    return [float(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
            for _ in range(runs)]  # fmt: skip


def main() -> None:
    rate_only = sys.argv[1:2] == [_RATE_ONLY]
    arguments = sys.argv[2:] if rate_only else sys.argv[1:]
    folder = Path(arguments[0]) if arguments else ROOT / "tests" / "corpus"
    warmed = _warm_up(folder)
    replies, reply_time = _reply_corpus(folder)
    sisimai, bounce_count, bounce_time = _sisimai()
    rate = _rate(replies, reply_time, bounce_count, bounce_time)
    if rate_only:
        print(rate)
        return
    rates = sorted([rate, *_rates_in_fresh_processes(folder, RUNS - 1)])
    print(f"{folder.name}: {replies['messages']} messages")
    for intent, score in replies["per_intent"].items():
        print(
            f"  {intent:16} P {score['precision']:6.1%}  R {score['recall']:6.1%}"
            f"  F1 {score['f1']:6.1%}  n={score['n']:.0f}"
        )
    print(f"  accuracy {replies['accuracy']:.1%}, macro F1 {replies['macro_f1']:.1%}")
    print(f"  safety-critical errors: {len(replies['unsafe'])} {replies['unsafe']}")
    print(f"  date exactness: {replies['date_exactness']}; facts: {replies['facts']}")
    if sisimai:
        print(f"sisimai: {bounce_count} unique files: {sisimai}")
    rate = rates[len(rates) // 2]
    passes = ", ".join(f"{each:.0f}" for each in rates)
    print(
        f"speed: {rate:.0f} messages/s (parse + classify; median of {RUNS} passes, each in a fresh"
        f" process after {warmed} other messages read; passes: {passes})"
    )
    summary = {
        "accuracy": round(replies["accuracy"], 4),
        "macro_f1": round(replies["macro_f1"], 4),
        "unsafe_errors": len(replies["unsafe"]),
        "date_exactness": replies["date_exactness"],
        "bounce_recall_sisimai": round(sisimai["bounce_recall"], 4) if sisimai else None,
        "hard_soft_agreement": round(sisimai["hard_soft_agreement"], 4) if sisimai else None,
        "msgs_per_s": round(rate),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
