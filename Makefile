# dunmail — `make test` sets up everything it needs on a fresh Debian machine, then runs the suite.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# Debian packages the integration tests start for real (a private Dovecot per test session);
# systemd too, where missing, for `systemd-analyze verify` of the units in systemd/, and
# e2fsprogs for the small ext4 image of the disk-fault tests.
DEBS   := dovecot-imapd dovecot-lmtpd

.PHONY: all install system-deps lint format typecheck pytest test demo bench faults model clean

all: test

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

system-deps:
	@missing=""; \
	if ! command -v dovecot >/dev/null 2>&1 && ! test -x /usr/sbin/dovecot; then missing=" $(DEBS)"; fi; \
	if ! command -v systemd-analyze >/dev/null 2>&1; then missing="$$missing systemd"; fi; \
	if ! command -v mkfs.ext4 >/dev/null 2>&1 && ! test -x /usr/sbin/mkfs.ext4; then missing="$$missing e2fsprogs"; fi; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  echo "installing$$missing (the IMAP tests run a real Dovecot; the units are checked by systemd-analyze; the disk-fault tests format a small ext4 image)"; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

typecheck: install
	$(BIN)/mypy

pytest: install system-deps
	$(BIN)/pytest

test: lint typecheck pytest

# Six simulated weeks of the daemon on the example ledger, with its own local SMTP server and
# Maildirs in demo/: no root, no mail server, no config needed.
demo: install
	$(BIN)/dunmail demo --dir demo

bench: install system-deps
	$(BIN)/python bench/store.py
	$(BIN)/python bench/ledger.py
	$(BIN)/python bench/send.py
	$(BIN)/python bench/correlate.py
	$(BIN)/python bench/inbound.py
	$(BIN)/python bench/classify.py
	$(BIN)/python bench/plan.py

# The fault runs (RELIABILITY.md): dunmail killed with SIGKILL 50 times while it sends 1,000
# reminders and reads 200 replies through a real SMTP sink and the private Dovecot, then 2,000
# mutated messages read and classified; the last line is JSON (a few minutes).
faults: install system-deps
	$(BIN)/python tests/faults/run.py

# Retrain the reply model from the development corpora and tests/training/ (daemon/core/reply_model.json).
model: install
	$(BIN)/python -m daemon.train_model

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache *.egg-info
