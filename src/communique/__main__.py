"""``python -m communique`` runs the CLI (and ends the process without the interpreter's teardown)."""

from communique.cli.app import console

console()
