"""CLI subcommands: each module listed here has ``register(subparsers) -> None``.

Handlers take the parsed ``args`` and return an exit status; they import heavy
libraries inside the handler, never at module level.
"""

COMMAND_MODULES: tuple[str, ...] = (
    "run",
    "config",
    "tokens",
    "data",
    "timex",
    "freq",
    "events",
    "topics",
    "count",
)
