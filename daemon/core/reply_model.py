"""A small trained model that reads a reply no rule understood: the tie-breaker of `classify`.

One job: `ReplyModel.guess(text)` returns the most likely intent and its probability under a
multinomial logistic regression over what `features(text)` reads: words and neighbouring word
pairs (lower-cased, accents folded, digits as "#"), the four-letter pieces of each word (so
"überwiesen", "überweisung" and a typo "uberwiesn" share most of what they weigh) and whether the
text asks a question. The weights are plain numbers loaded from JSON (`load_model`), trained at
build time by `python -m daemon.train_model`; nothing is downloaded and nothing is unpickled.
Pure: the caller decides whether to trust a guess.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

from daemon.core.verdict import Intent

_TOKEN = re.compile(r"[a-z]+|\d+")
FORMAT = 2  # the layout of the JSON the trainer writes: logistic weights, see `load_model`
QUESTION = "<?>"  # the feature of a text that asks something


def words(text: str) -> list[str]:
    """The words of `text`: lower-cased, accents folded, each number as "#"."""
    lowered = text.lower()
    if lowered.isascii():
        return ["#" if token.isdigit() else token for token in _TOKEN.findall(lowered)]
    # folded run by run: runs recur, and each is folded once
    return [word for run in _RUN.findall(lowered) for word in _folded(run)]


_RUN = re.compile(r"[^\s!-/:-@\[-`{-~]+")  # up to whitespace or ASCII punctuation


@lru_cache(maxsize=1 << 16)
def _folded(run: str) -> tuple[str, ...]:
    """The words of `run` with accents folded ("überwiesen" -> "uberwiesen"), numbers as "#"."""
    folded = unicodedata.normalize("NFKD", run)
    plain = "".join(char for char in folded if not unicodedata.combining(char))
    return tuple("#" if token.isdigit() else token for token in _TOKEN.findall(plain))


def features(text: str) -> list[str]:
    """What the model reads in `text`, in reading order, each once: its words, neighbouring
    pairs ("not_paid"), the four-letter pieces of each word padded with a space at either end
    (" pai", "paid", "aid ") and QUESTION when it asks something."""
    said = words(text)
    found = said + [f"{first}_{second}" for first, second in pairwise(said)]
    for word in said:
        found += _pieces(word)
    if "?" in text:
        found.append(QUESTION)
    return list(dict.fromkeys(found))


@lru_cache(maxsize=1 << 16)
def _pieces(word: str) -> tuple[str, ...]:
    """The four-letter pieces of `word` padded with a space at either end; most words recur."""
    padded = f" {word} "
    return tuple(f"~{padded[at : at + 4]}" for at in range(len(padded) - 3))


@dataclass(frozen=True, slots=True)
class Guess:
    intent: Intent
    probability: float


@dataclass(frozen=True, slots=True)
class ReplyModel:
    """Per intent a bias, and per known feature one weight per intent. A text's score for an
    intent is its bias plus the sum of its known features' weights over the square root of how
    many it has (each text weighs as one, however long); the softmax of the scores is the
    probability."""

    intents: tuple[Intent, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, Sequence[float]]  # feature -> weight per intent

    def guess(self, text: str) -> Guess | None:
        """The likeliest intent for `text`, or None when it has no feature the model knows."""
        weight = self.weights.get
        known = [row for name in features(text) if (row := weight(name)) is not None]
        if not known:
            return None
        scale = 1.0 / math.sqrt(len(known))
        # summed in reading order: the same text always sums the same way
        sums = [sum(column) for column in zip(*known, strict=True)]
        scores = [bias + scale * total for bias, total in zip(self.bias, sums, strict=True)]
        top = max(scores)
        total = sum(math.exp(score - top) for score in scores)
        return Guess(self.intents[scores.index(top)], 1.0 / total)


def shipped_model() -> ReplyModel | None:
    """The model trained at build time and shipped in the package (`reply_model.json`); None
    when it is missing or unreadable, and the rules then decide alone. Package data, read once."""
    try:
        text = resources.files("daemon.core").joinpath("reply_model.json").read_text("utf-8")
        return load_model(json.loads(text))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def load_model(data: Mapping[str, Any]) -> ReplyModel:
    """The model in `data` (the trainer's JSON: format, intents, bias, weights); ValueError
    when its shape is not the expected."""
    if data.get("format") != FORMAT:
        raise ValueError(f"reply model format {data.get('format')!r}, expected {FORMAT}")
    intents = tuple(Intent(name) for name in data["intents"])
    width = len(intents)
    rows: dict[str, Sequence[float]] = data["weights"]  # lists of numbers, kept as read
    if not isinstance(rows, dict) or len(data["bias"]) != width:
        raise ValueError("reply model: every row must have one number per intent")
    for row in rows.values():
        if len(row) != width or not all(isinstance(value, int | float) for value in row):
            raise ValueError("reply model: every row must have one number per intent")
    return ReplyModel(
        intents=intents, bias=tuple(float(value) for value in data["bias"]), weights=rows
    )
