"""``communique events INPUT`` and ``communique timeline INPUT``: diplomatic events and timelines."""

from __future__ import annotations

import argparse

from communique.cli.common import add_format, add_input


def register(subparsers) -> None:
    e = subparsers.add_parser(
        "events", help="diplomatic events (who did what to whom, when, where; CAMEO codes)",
        description="Find diplomatic events in news text: source and target actors, CAMEO code, "
                    "Goldstein value, location, date (from the text, else the publication date) "
                    "and the sentence with offsets. Speculative mentions are flagged.")
    add_input(e)
    e.add_argument("--dct", metavar="ISO-DATE", help="publication date to resolve dates against "
                                                    "(default: each article's own)")
    add_format(e, default="table")
    e.set_defaults(func=handle_events)

    t = subparsers.add_parser(
        "timeline", help="events merged into a dated timeline (repeated reports become one entry)",
        description="Order events on a calendar and merge repeated reports of the same event; each "
                    "entry keeps the number of mentions and their sentences.")
    add_input(t)
    t.add_argument("--dct", metavar="ISO-DATE", help="publication date to resolve dates against")
    add_format(t, default="table")
    t.add_argument("--out", metavar="FIGURE", help="also draw the timeline to this file (.png or .svg; "
                                                    "both when no suffix)")
    t.set_defaults(func=handle_timeline)


_SHORT = ["doc_id", "event_id", "date", "date_basis", "source", "source_name", "target", "target_name", "cameo",
          "goldstein", "label", "location", "trigger", "speculative"]


def _events(args: argparse.Namespace):
    import pandas as pd

    from communique.cli.common import load_inputs
    from communique.events.extract import extract_events

    frames = [extract_events(a, args.dct or a.dct) for a in load_inputs(args)]
    return pd.concat(frames, ignore_index=True)


def handle_events(args: argparse.Namespace) -> int:
    from communique.cli.common import print_table

    events = _events(args)
    print_table(events[_SHORT] if args.format == "table" else events, args.format)
    return 0


def handle_timeline(args: argparse.Namespace) -> int:
    from pathlib import Path

    from communique.cli.common import print_table
    from communique.events.timeline import build_timeline

    events = _events(args)
    timeline = build_timeline(events)
    columns = ["timeline_id", "date", "date_start", "date_end", "source", "target", "cameo", "label", "location",
               "speculative", "mentions"]
    print_table(timeline[columns] if args.format == "table" else timeline, args.format)
    if args.out:
        from communique.plots import save_figure
        from communique.plots.timeline import plot_timeline

        out = Path(args.out)
        published = sorted(d for d in events["published"].unique() if d)
        fig = plot_timeline(timeline, title=f"Timeline of diplomatic events in {Path(args.input).name}",
                            published=published[-1] if len(published) == 1 else None)
        formats = (out.suffix.lstrip(".").lower(),) if out.suffix.lower() in (".png", ".svg") else ("png", "svg")
        if formats[0] not in ("png", "svg"):
            raise ValueError(f"--out {out}: use a .png or .svg file name")
        save_figure(fig, out.parent, out.stem if out.suffix else out.name, formats=formats)
    return 0
