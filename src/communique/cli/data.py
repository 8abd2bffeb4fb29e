"""``communique data status|download``: NLTK data packages."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    parser = subparsers.add_parser("data", help="NLTK data: show what is installed, or download it",
                                   description="Show or fetch the NLTK data packages communique uses.")
    sub = parser.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    status = sub.add_parser("status", help="where each package was found")
    status.set_defaults(func=handle_status)
    download = sub.add_parser("download", help="fetch every package with NLTK's downloader (needs a network)")
    download.add_argument("--dir", help="target folder (default: NLTK's standard location)")
    download.add_argument("packages", nargs="*", help="package names (default: all needed)")
    download.set_defaults(func=handle_download)


def handle_status(args: argparse.Namespace) -> int:
    import communique.text.resources as resources

    found = resources.status()
    for name, where in found.items():
        print(f"{name:32s} {where or 'MISSING'}")
    return 0 if all(found.values()) else 1


def handle_download(args: argparse.Namespace) -> int:
    import communique.text.resources as resources

    failed = resources.download(args.packages or None, target=args.dir)
    if failed:
        print(f"communique: error: could not download {', '.join(failed)}")
        return 2
    print("all NLTK data packages installed")
    return 0
