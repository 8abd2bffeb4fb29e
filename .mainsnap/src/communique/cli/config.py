"""``communique config show [options]``: the effective settings of ``communique run``, as TOML.

The output is a valid ``communique.toml``: save it, edit it, and ``communique run`` reads it.
"""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    from communique.cli.run import add_run_options

    parser = subparsers.add_parser(
        "config", help="show the effective settings of 'communique run' (defaults < communique.toml < options)",
        description="Settings of 'communique run': defaults, overridden by communique.toml (or --config), "
        "overridden by options on the command line.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    show = actions.add_parser("show", help="print the effective settings as TOML",
                              description="Print the effective settings as TOML (a valid communique.toml). "
                              "Takes the same options as 'communique run'.")
    add_run_options(show)
    show.set_defaults(func=handle_show)


def render(settings: dict, source: str | None) -> str:
    """Settings as a commented ``communique.toml``."""
    from communique.run.config import to_toml

    run = {k: v for k, v in settings.items() if k != "params"}
    head = f"# effective settings: defaults < {source or 'no communique.toml'} < command line\n[run]\n"
    text = head + to_toml(run, comments=True)
    if settings.get("params"):
        text += to_toml({"params": settings["params"]})
    return text


def handle_show(args: argparse.Namespace) -> int:
    from communique.cli.run import cli_settings
    from communique.run.config import effective_settings, find_config

    settings = effective_settings(cli_settings(args), args.config)
    source = args.config or (str(find_config()) if find_config() else None)
    print(render(settings, source), end="")
    return 0
