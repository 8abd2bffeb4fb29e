"""``communique data status|download``: the optional NLTK data packages (the default analysis needs none)."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    parser = subparsers.add_parser("data", help="optional NLTK data: show what is installed, or download it",
                                   description="Show or fetch the optional NLTK data packages that analyses "
                                               "asked for by name read (keyness --reference brown). The default "
                                               "analysis needs none: its resources come with the Python packages.")
    sub = parser.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    status = sub.add_parser("status", help="where each package was found")
    status.set_defaults(func=handle_status)
    download = sub.add_parser("download", help="fetch every package with NLTK's downloader (needs a network)")
    download.add_argument("--dir", help="target folder (default: NLTK's standard location)")
    download.add_argument("packages", nargs="*", help="package names (default: every optional one)")
    download.set_defaults(func=handle_download)


def handle_status(args: argparse.Namespace) -> int:
    import communique.text.resources as resources

    found = resources.status()
    for name, where in found.items():
        print(f"{name:32s} {where or 'MISSING'}")
    return 0


def handle_download(args: argparse.Namespace) -> int:
    import communique.text.resources as resources

    failed = resources.download(args.packages or None, target=args.dir)
    if failed:
        print(f"communique: error: could not download {', '.join(failed)}")
        return 2
    print("NLTK data packages installed")
    return 0
