"""The command line: ``communique <command>``; one module per subcommand (``register(subparsers)``)."""

from communique.cli.app import console, main

__all__ = ["console", "main"]
