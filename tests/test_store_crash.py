"""SIGKILL a writer at random moments: the store must always open, atomic and durable.

A child process loops over transactions that each set K cursors to the same generation g and
prints g once the commit has returned. The compaction threshold is one byte, so the journal is
compacted every commit or two and kills also land inside compaction (and inside open, recovery
and the first snapshot of a new store). After every kill the state must open, all K cursors must
share one generation (atomicity), and that generation must be at least the last one the child
acknowledged (durability) and at most one more (no phantom commits).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from daemon.shell.store import Store

REPO = Path(__file__).resolve().parents[1]
K = 8
ROUNDS = 60
SEED = 20240301

WRITER = """
import sys
from daemon.core.records import ImapCursor
from daemon.shell.store import Store

k = int(sys.argv[2])
store = Store.open(sys.argv[1], compact_threshold=1)
cursor = store.cursor("f0")
generation = cursor.last_uid if cursor else 0
while True:
    generation += 1
    with store.transaction():
        for i in range(k):
            store.set_cursor(ImapCursor(f"f{i}", 1, generation))
    print(generation, flush=True)
"""


def stored_generation(state: Path) -> int | None:
    """The one generation all K cursors share, or None if no store was created yet."""
    if not (state / "store.json").exists():
        return None
    with Store.open(state, readonly=True) as reader:
        cursors = [reader.cursor(f"f{i}") for i in range(K)]
    if all(c is None for c in cursors):
        return 0
    generations = {c.last_uid if c else None for c in cursors}
    assert len(generations) == 1, f"a transaction was torn apart: {generations}"
    generation = generations.pop()
    assert generation is not None
    return generation


def kill_writer(state: Path, rng: random.Random) -> int:
    """Start a writer, SIGKILL it at a random moment; return the last generation it printed."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(state), str(K)],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    ) as writer:
        assert writer.stdout is not None
        first = ""
        if rng.random() < 0.7:
            first = writer.stdout.readline()  # in its loop now: commits and compactions
            time.sleep(rng.uniform(0, 0.04))
        else:
            time.sleep(rng.uniform(0, 0.2))  # during start-up, open, recovery or the first commits
        writer.kill()
        printed = (first + writer.stdout.read()).split()
    return int(printed[-1]) if printed else 0


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_or_tears_a_commit(tmp_path: Path) -> None:
    state = tmp_path / "state"
    rng = random.Random(SEED)
    verified = 0
    temp_files_seen = 0
    for _ in range(ROUNDS):
        acknowledged = kill_writer(state, rng)
        temp_files_seen += any(p.name.endswith(".tmp") for p in state.glob("*"))
        generation = stored_generation(state)
        if generation is None:  # killed before the store's first snapshot existed
            assert verified == 0 and acknowledged == 0
            continue
        assert generation >= acknowledged, "an acknowledged commit was lost"
        assert generation >= verified, "the state went back in time"
        assert generation <= max(acknowledged, verified) + 1, "a commit appeared from nowhere"
        verified = generation
    assert verified > ROUNDS, "the writers made too little progress for the test to mean much"
    assert temp_files_seen, "no kill landed inside a compaction (between temp file and rename)"
