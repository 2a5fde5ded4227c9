"""Train the reply model at build time: `python -m daemon.train_model [PATH ...]`.

One job: read labelled replies, train `daemon.core.reply_model`'s logistic regression on them and
write its weights as JSON to `daemon/core/reply_model.json` (or `--out`). A PATH is a corpus
folder (`.eml` files with `labels.jsonl`) or a `.jsonl` file of `{"text", "intent", "language"}`
reply bodies; each reply is read as `classify` reads it (`new_text`). Bounces are left out: the
rules read those. Without arguments it trains on the development corpora and the training
replies under `tests/`; the held-out corpora that measure generalisation are never among them.
Needs numpy (the `train` extra); the daemon that reads the weights does not.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from daemon.core.classify import new_text
from daemon.core.mail_parse import parse_mail
from daemon.core.reply_model import FORMAT, features
from daemon.core.verdict import Intent

ROOT = Path(__file__).resolve().parent.parent
DEVELOPMENT = (
    "corpus", "corpus-holdout", "corpus-holdout2", "corpus-holdout3", "corpus-holdout5",
    "corpus-holdout6", "corpus-holdout7", "corpus-holdout8", "corpus-holdout11",
    "corpus-holdout13", "corpus-holdout15", "corpus-holdout17", "corpus-holdout19",
    "corpus-holdout21", "corpus-holdout22", "corpus-holdout23", "corpus-holdout28",
    "corpus-holdout29", "corpus-holdout30", "corpus-holdout31", "corpus-holdout32",
    "corpus-holdout33", "corpus-holdout34", "corpus-holdout35", "corpus-holdout36",
    "corpus-holdout37", "corpus-holdout38", "corpus-holdout39", "corpus-holdout40",
    "corpus-holdout41", "corpus-holdout48", "corpus-holdout49", "corpus-holdout50",
    "corpus-holdout51", "corpus-holdout52", "corpus-holdout53", "corpus-holdout54",
    "corpus-holdout55", "corpus-holdout56", "corpus-holdout57", "corpus-holdout58",
    "corpus-holdout59", "corpus-holdout60", "corpus-holdout61", "corpus-holdout62",
    "corpus-holdout63", "corpus-holdout64", "corpus-holdout65", "corpus-holdout66",
    "corpus-holdout67", "corpus-holdout68", "corpus-holdout69", "corpus-holdout70",
    "corpus-holdout71", "corpus-holdout72", "corpus-holdout73", "corpus-holdout74",
    "corpus-holdout75", "corpus-holdout76", "corpus-holdout77", "corpus-holdout78",
    "corpus-holdout79", "corpus-holdout80", "corpus-holdout81", "corpus-holdout82",
    "corpus-holdout83", "corpus-holdout84", "corpus-holdout85", "corpus-holdout86",
    "corpus-holdout87", "corpus-holdout88", "corpus-holdout89", "corpus-holdout90",
    "corpus-holdout91", "corpus-holdout92", "corpus-holdout93", "corpus-holdout94",
    "corpus-holdout95", "corpus-holdout96", "corpus-holdout97", "corpus-holdout98",
    "corpus-holdout99", "corpus-holdout100", "corpus-holdout101", "corpus-holdout102",
    "corpus-holdout103", "corpus-holdout104", "corpus-holdout105", "corpus-holdout106",
    "corpus-holdout107", "corpus-holdout108", "corpus-holdout109", "corpus-holdout110",
    "corpus-holdout111", "corpus-holdout112", "corpus-holdout113", "corpus-holdout114",
    "corpus-holdout115", "corpus-holdout116", "corpus-holdout117", "corpus-holdout118",
    "corpus-holdout119", "corpus-holdout120", "corpus-holdout121", "corpus-holdout122",
    "corpus-holdout123", "corpus-holdout124", "corpus-holdout125", "corpus-holdout126",
    "corpus-holdout127", "corpus-holdout128", "corpus-holdout129", "corpus-holdout130",
    "corpus-holdout131", "corpus-holdout132", "corpus-holdout133", "corpus-holdout134",
    "corpus-holdout135", "corpus-holdout136", "corpus-holdout137", "corpus-holdout138",
    "corpus-holdout139", "corpus-holdout140", "corpus-holdout141", "corpus-holdout142",
    "corpus-holdout143", "corpus-holdout144", "corpus-holdout145", "corpus-holdout146",
    "corpus-holdout147", "corpus-holdout148", "corpus-holdout149", "corpus-holdout150",
    "corpus-holdout151", "corpus-holdout152", "corpus-holdout153", "corpus-holdout154",
    "corpus-holdout155", "corpus-holdout156", "corpus-holdout157",
)  # fmt: skip
UNSEEN = (
    "corpus-holdout4", "corpus-holdout9", "corpus-holdout10", "corpus-holdout12",
    "corpus-holdout14", "corpus-holdout16", "corpus-holdout18", "corpus-holdout20",
    "corpus-holdout24", "corpus-holdout25", "corpus-holdout26", "corpus-holdout27",
    "corpus-holdout42", "corpus-holdout43", "corpus-holdout44", "corpus-holdout45",
    "corpus-holdout46", "corpus-holdout47",
)  # fmt: skip
SHIPPED = Path(__file__).resolve().parent / "core" / "reply_model.json"
# Full-batch Adam for a fixed number of steps from zero weights: deterministic, and stopping
# early is the regularisation (leave-one-corpus-out over the development corpora chose these).
EPOCHS = 100
STEP = 0.05
MIN_COUNT = 2  # a feature seen in fewer replies than this is noise, not evidence
DECIMALS = 3

Sample = tuple[str, Intent]


def default_sources() -> list[Path]:
    """The development corpora and every training file under `tests/training/`."""
    return [ROOT / "tests" / name for name in DEVELOPMENT] + sorted(
        (ROOT / "tests" / "training").glob("*.jsonl")
    )


def reply_mail(text: str, language: str) -> bytes:
    """A training reply body as the plain mail a customer would send, so it is read (trimmed of
    its signature and closing) exactly as a real reply is."""
    message = EmailMessage()
    message["From"] = "customer@example.com"
    message["To"] = "ar@example.net"
    message["Subject"] = "Re: invoice"
    message["Date"] = "Fri, 20 Nov 2026 10:00:00 +0000"
    message["Content-Language"] = language
    message.set_content(text)
    return bytes(message)


def samples(source: Path) -> list[Sample]:
    """(new text, intent) of every labelled reply of `source` but bounces."""
    found: list[Sample] = []
    if source.suffix == ".jsonl":
        for line in source.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            raw = reply_mail(row["text"], row["language"])
            found.append((new_text(parse_mail(raw)), Intent(row["intent"])))
        return found
    for line in (source / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        intent = Intent(label["intent"])
        if intent is not Intent.BOUNCE:
            found.append((new_text(parse_mail((source / label["file"]).read_bytes())), intent))
    return found


def digest(found: list[Sample]) -> str:
    """A fingerprint of the training replies, so a test can tell a stale model cheaply."""
    hasher = hashlib.sha256(f"{FORMAT}/{EPOCHS}/{STEP}/{MIN_COUNT}".encode())
    for text, intent in found:
        hasher.update(f"{intent.value}\x00{text}\x01".encode())
    return hasher.hexdigest()


def train(found: list[Sample], *, min_count: int = MIN_COUNT) -> dict[str, Any]:
    """The JSON form of a multinomial logistic regression trained on `found` (text, intent):
    binary features, each text scaled to unit length, full-batch Adam for EPOCHS steps from
    zero. Deterministic: the same samples give the same numbers in the same order."""
    import numpy as np  # noqa: PLC0415 - a build-time dependency only

    intents = sorted({intent for _text, intent in found}, key=lambda intent: intent.value)
    read = [features(text) for text, _intent in found]
    seen = Counter(name for names in read for name in names)
    vocabulary = sorted(name for name, count in seen.items() if count >= min_count)
    column = {name: at for at, name in enumerate(vocabulary)}
    rows, cols, values = [], [], []
    for at, names in enumerate(read):
        known = [column[name] for name in names if name in column]
        rows += [at] * len(known)
        cols += known
        values += [1.0 / max(1, len(known)) ** 0.5] * len(known)
    row, col, value = np.array(rows), np.array(cols), np.array(values)[:, None]
    truth = np.zeros((len(found), len(intents)))
    truth[np.arange(len(found)), [intents.index(intent) for _t, intent in found]] = 1.0
    weights, bias = np.zeros((len(vocabulary), len(intents))), np.zeros(len(intents))
    weights_step, bias_step = _Adam(weights.shape), _Adam(bias.shape)
    for _epoch in range(EPOCHS):
        scores = np.zeros_like(truth)
        np.add.at(scores, row, value * weights[col])
        scores += bias
        scores -= scores.max(axis=1, keepdims=True)
        chance = np.exp(scores)
        chance /= chance.sum(axis=1, keepdims=True)
        error = (chance - truth) / len(found)  # the gradient of the mean cross-entropy
        slope = np.zeros_like(weights)
        np.add.at(slope, col, value * error[row])
        weights -= weights_step.move(slope)
        bias -= bias_step.move(error.sum(axis=0))
    return {
        "format": FORMAT,
        "intents": [intent.value for intent in intents],
        "bias": [round(float(number), DECIMALS) for number in bias],
        "weights": {
            name: [round(float(number), DECIMALS) for number in weights[at]]
            for at, name in enumerate(vocabulary)
        },
        "trained_on": digest(found),
    }


class _Adam:
    """Adam's step (Kingma and Ba, 2015) for one array of parameters, with its usual constants."""

    def __init__(self, shape: tuple[int, ...]) -> None:
        import numpy as np  # noqa: PLC0415 - a build-time dependency only

        self._np = np
        self._mean = np.zeros(shape)
        self._square = np.zeros(shape)
        self._steps = 0

    def move(self, gradient: Any) -> Any:
        """How far to step against `gradient` now."""
        self._steps += 1
        self._mean = 0.9 * self._mean + 0.1 * gradient
        self._square = 0.999 * self._square + 0.001 * gradient * gradient
        mean = self._mean / (1 - 0.9**self._steps)
        square = self._square / (1 - 0.999**self._steps)
        return STEP * mean / (self._np.sqrt(square) + 1e-8)


def build(sources: list[Path]) -> str:
    """The JSON text of the model trained on `sources`."""
    data = train([sample for source in sources for sample in samples(source)])
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def _labelled(source: Path) -> bool:
    return source.is_file() if source.suffix == ".jsonl" else (source / "labels.jsonl").is_file()


def main(argv: list[str]) -> int:
    out = SHIPPED
    if "--out" in argv:
        at = argv.index("--out")
        out, argv = Path(argv[at + 1]), argv[:at] + argv[at + 2 :]
    sources = [Path(arg) for arg in argv] or default_sources()
    missing = [str(source) for source in sources if not _labelled(source)]
    if missing:
        print(f"train_model: no labelled replies in {', '.join(missing)}", file=sys.stderr)
        return 2
    out.write_text(build(sources), encoding="utf-8")
    print(f"train_model: wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
