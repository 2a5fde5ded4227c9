"""Train the reply model at build time: `python -m daemon.train_model [CORPUS_DIR ...]`.

One job: read labelled reply corpora (each a folder of `.eml` files with `labels.jsonl`), take
each reply's own words as `classify` reads them (`new_text`), train
`daemon.core.reply_model` on them and write its weights as JSON to
`daemon/core/reply_model.json` (or `--out`). Bounces are left out: the rules read those.
The same corpora always give the same file, so a test can check the shipped weights.
Without arguments it trains on the development corpora under `tests/`; the held-out one that
measures generalisation is never among them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from daemon.core.classify import new_text
from daemon.core.mail_parse import parse_mail
from daemon.core.reply_model import train
from daemon.core.verdict import Intent

ROOT = Path(__file__).resolve().parent.parent
DEVELOPMENT = (
    "corpus", "corpus-holdout", "corpus-holdout2", "corpus-holdout3", "corpus-holdout5",
    "corpus-holdout6", "corpus-holdout7", "corpus-holdout8", "corpus-holdout11",
    "corpus-holdout13",
)  # fmt: skip
SHIPPED = Path(__file__).resolve().parent / "core" / "reply_model.json"


def samples(folder: Path) -> list[tuple[str, Intent]]:
    """(new text, intent) of every labelled reply in `folder` but bounces."""
    found: list[tuple[str, Intent]] = []
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        intent = Intent(label["intent"])
        if intent is not Intent.BOUNCE:
            found.append((new_text(parse_mail((folder / label["file"]).read_bytes())), intent))
    return found


def build(folders: list[Path]) -> str:
    """The JSON text of the model trained on `folders`."""
    data = train([sample for folder in folders for sample in samples(folder)])
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def main(argv: list[str]) -> int:
    out = SHIPPED
    if "--out" in argv:
        at = argv.index("--out")
        out, argv = Path(argv[at + 1]), argv[:at] + argv[at + 2 :]
    folders = [Path(arg) for arg in argv] or [ROOT / "tests" / name for name in DEVELOPMENT]
    missing = [str(folder) for folder in folders if not (folder / "labels.jsonl").is_file()]
    if missing:
        print(f"train_model: no labels.jsonl in {', '.join(missing)}", file=sys.stderr)
        return 2
    out.write_text(build(folders), encoding="utf-8")
    print(f"train_model: wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
