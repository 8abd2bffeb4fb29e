"""The command line: ``communique <command>``; one module per subcommand (``register(subparsers)``)."""

from communique.cli.app import main

__all__ = ["main"]
