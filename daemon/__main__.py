"""Entry point for `python -m daemon`; the CLI lives in `daemon.cli`."""

from daemon.cli import main

main()
