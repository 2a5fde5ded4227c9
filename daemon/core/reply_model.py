"""A small trained model that reads a reply no rule understood: the tie-breaker of `classify`.

One job: `ReplyModel.guess(text)` returns the most likely intent and its probability under a
multinomial naive Bayes model over words and word pairs (lower-cased, accents folded, digits
as "#"), and `features(text)` says what it reads. The weights are plain numbers loaded from JSON
(`load_model`), trained at build time by `python -m daemon.train_model` from the labelled corpora;
nothing is downloaded and nothing is unpickled. Pure: the caller decides whether to trust a guess.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from typing import Any

from daemon.core.verdict import Intent

_TOKEN = re.compile(r"[a-z]+|\d+")
FORMAT = 1  # the layout of the JSON the trainer writes


def features(text: str) -> list[str]:
    """The words of `text` (lower-cased, accents folded, numbers as "#") and neighbouring pairs."""
    folded = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(char for char in folded if not unicodedata.combining(char))
    words = ["#" if token.isdigit() else token for token in _TOKEN.findall(plain)]
    return words + [f"{first}_{second}" for first, second in pairwise(words)]


@dataclass(frozen=True, slots=True)
class Guess:
    intent: Intent
    probability: float


@dataclass(frozen=True, slots=True)
class ReplyModel:
    """Per intent: its prior, and the log-probability of each known feature and of an unknown."""

    intents: tuple[Intent, ...]
    priors: tuple[float, ...]
    unknown: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]  # feature -> log-probability per intent

    def guess(self, text: str) -> Guess | None:
        """The likeliest intent for `text`, or None when it has no feature the model knows."""
        # each feature once, in reading order: the same text always sums the same way
        known = [
            self.weights[name] for name in dict.fromkeys(features(text)) if name in self.weights
        ]
        if not known:
            return None
        scores = [
            prior + sum(row[index] for row in known) for index, prior in enumerate(self.priors)
        ]
        top = max(scores)
        total = sum(math.exp(score - top) for score in scores)
        best = scores.index(top)
        return Guess(self.intents[best], 1.0 / total)


def shipped_model() -> ReplyModel | None:
    """The model trained at build time and shipped in the package (`reply_model.json`); None
    when it is missing or unreadable, and the rules then decide alone. Package data, read once."""
    try:
        text = resources.files("daemon.core").joinpath("reply_model.json").read_text("utf-8")
        return load_model(json.loads(text))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def load_model(data: Mapping[str, Any]) -> ReplyModel:
    """The model in `data` (the trainer's JSON); ValueError when its shape is not the expected."""
    if data.get("format") != FORMAT:
        raise ValueError(f"reply model format {data.get('format')!r}, expected {FORMAT}")
    intents = tuple(Intent(name) for name in data["intents"])
    width = len(intents)
    rows = {str(key): tuple(float(value) for value in row) for key, row in data["weights"].items()}
    if any(len(row) != width for row in rows.values()) or len(data["priors"]) != width:
        raise ValueError("reply model: every row must have one number per intent")
    return ReplyModel(
        intents=intents,
        priors=tuple(float(value) for value in data["priors"]),
        unknown=tuple(float(value) for value in data["unknown"]),
        weights=rows,
    )


def train(samples: list[tuple[str, Intent]], *, min_count: int = 2) -> dict[str, Any]:
    """The JSON form of a model trained on `samples` (text, intent): each feature counted once
    per sample, Laplace-smoothed, kept when at least `min_count` samples have it. Deterministic:
    the same samples give the same numbers in the same order."""
    intents = sorted({intent for _text, intent in samples}, key=lambda intent: intent.value)
    counts: dict[Intent, dict[str, int]] = {intent: {} for intent in intents}
    seen: dict[str, int] = {}
    for text, intent in samples:
        for name in set(features(text)):
            counts[intent][name] = counts[intent].get(name, 0) + 1
            seen[name] = seen.get(name, 0) + 1
    vocabulary = sorted(name for name, count in seen.items() if count >= min_count)
    totals = [
        sum(counts[intent].get(name, 0) for name in vocabulary) + len(vocabulary)
        for intent in intents
    ]
    priors = [
        math.log(sum(1 for _t, label in samples if label is intent) / len(samples))
        for intent in intents
    ]
    weights = {
        name: [
            round(math.log((counts[intent].get(name, 0) + 1) / total), 4)
            for intent, total in zip(intents, totals, strict=True)
        ]
        for name in vocabulary
    }
    return {
        "format": FORMAT,
        "intents": [intent.value for intent in intents],
        "priors": [round(prior, 4) for prior in priors],
        "unknown": [round(math.log(1 / total), 4) for total in totals],
        "weights": weights,
    }
