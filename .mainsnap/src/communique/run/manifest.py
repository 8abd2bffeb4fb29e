"""``manifest.json``: what a run read, with which code and settings, and what it wrote.

It records the inputs (paths as given and SHA-256 of each file), library versions, the
parameters and random seeds, which NLTK data was found, and every output with its SHA-256,
so a run can be repeated and two runs compared (:func:`compare_manifests`). It holds no
wall-clock time, so the same inputs and parameters give the same bytes.

>>> compare_manifests({"outputs": [{"path": "a.csv", "sha256": "1"}]},
...                   {"outputs": [{"path": "a.csv", "sha256": "2"}, {"path": "b.csv", "sha256": "3"}]})
{'added': ['b.csv'], 'removed': [], 'changed': ['a.csv']}
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MANIFEST_NAME = "manifest.json"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class InputFile:
    """One file read by a run: its path (as reached from the inputs given), size and SHA-256."""

    path: str
    bytes: int
    sha256: str


def input_files(inputs: Sequence[str | os.PathLike], settings: Any = None) -> list[InputFile]:
    """The files :func:`communique.load_corpus` reads from ``inputs``, hashed (missing ones left out;
    ``settings``: a :class:`~communique.text.corpus.LoadSettings`)."""
    from communique.run.cache import sha256_file
    from communique.text.corpus import LoadError, walk_inputs

    found: list[InputFile] = []
    for item in inputs:
        root = Path(item)
        if root.is_dir():
            ignored: list[LoadError] = []
            paths = walk_inputs(root, "**/*", ignored, settings=settings)
        elif root.is_file():  # a regular file (a FIFO given by name is not hashed: it is never opened)
            paths = [root]
        else:
            continue
        for path in paths:
            try:
                found.append(InputFile(path.as_posix(), path.stat().st_size, sha256_file(path)))
            except OSError:
                continue  # unreadable: the loader reports it as an error
    return found


def inputs_digest(files: Iterable[InputFile]) -> str:
    """One SHA-256 for a set of input files (their paths and contents)."""
    from communique.run.cache import digest

    return digest([[f.path, f.sha256] for f in files])


def build_manifest(
    *,
    inputs: Sequence[str | os.PathLike],
    files: Sequence[InputFile],
    parameters: dict[str, Any],
    stages: Sequence[str],
    outputs: Sequence[Path],
    out: Path,
    summary: dict[str, Any],
    errors: Sequence[Any] = (),
    command: Sequence[str] | None = None,
) -> dict[str, Any]:
    """The manifest as a plain dict (see the module docstring)."""
    from communique.run.cache import code_fingerprint, library_versions, sha256_file

    out = Path(out).resolve()
    entries = []
    for path in sorted({Path(p).resolve() for p in outputs}, key=lambda p: p.relative_to(out).as_posix()):
        entries.append({"path": path.relative_to(out).as_posix(), "bytes": path.stat().st_size,
                        "sha256": sha256_file(path)})
    return {
        "format": FORMAT_VERSION,
        "command": list(command) if command else ["communique", "run", *map(str, inputs)],
        "inputs": {
            "given": [str(p) for p in inputs],
            "digest": inputs_digest(files),
            "files": [{"path": f.path, "bytes": f.bytes, "sha256": f.sha256} for f in files],
        },
        "parameters": parameters,
        "random_seeds": {"random_state": parameters.get("seed", 0)},
        "stages": list(stages),
        "versions": library_versions(),
        "code_sha256": code_fingerprint(),
        "summary": summary,
        "errors": [{"path": getattr(e, "path", ""), "reason": getattr(e, "reason", str(e))} for e in errors],
        "outputs": entries,
    }


def manifest_text(manifest: dict[str, Any]) -> str:
    """Stable JSON text of a manifest (indent 2, keys in insertion order, newline at the end)."""
    return json.dumps(manifest, indent=2, ensure_ascii=False, default=_plain) + "\n"


def _plain(value: Any) -> Any:
    item = getattr(value, "item", None)
    if callable(item):
        return item()
    return str(value)


def read_manifest(folder: str | os.PathLike) -> dict[str, Any] | None:
    """The manifest in ``folder``, or None when absent or unreadable."""
    try:
        return json.loads((Path(folder) / MANIFEST_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return None


def compare_manifests(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[str]]:
    """Output paths added, removed and changed (by SHA-256) from ``old`` to ``new``."""
    before = {o["path"]: o["sha256"] for o in old.get("outputs", [])}
    after = {o["path"]: o["sha256"] for o in new.get("outputs", [])}
    return {
        "added": sorted(set(after) - set(before)),
        "removed": sorted(set(before) - set(after)),
        "changed": sorted(p for p in set(before) & set(after) if before[p] != after[p]),
    }
