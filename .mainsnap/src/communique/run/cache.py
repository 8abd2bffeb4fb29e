"""A content-addressed cache of intermediate tables and stage results for ``communique run``.

Keys are SHA-256 digests of what a result depends on: the inputs' content, the run's
parameters, the versions of the libraries that shape the bytes, and which NLTK data was found.
Each entry also records the hashes of the communique modules that were loaded when it was
computed (:func:`loaded_code`) and is reused only while they are unchanged. Entries are written to a temporary
folder and renamed into place, so an interrupted run never leaves a half-written entry.

>>> digest({"b": 1, "a": [1, 2]}) == digest({"a": [1, 2], "b": 1})
True
>>> import tempfile, pandas as pd
>>> cache = Cache(tempfile.mkdtemp())
>>> cache.put_table("k", pd.DataFrame({"w": ["a", "b"], "n": [2, 1]}))
>>> cache.get_table("k")["w"].tolist()
['a', 'b']
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

#: Libraries whose versions can change results or output bytes (recorded in manifest.json too).
LIBRARIES = ("communique", "numpy", "pandas", "pyarrow", "matplotlib", "scikit-learn", "scipy", "nltk",
             "networkx", "wordcloud", "pycountry", "lemminflect", "vaderSentiment", "wordfreq")


def digest(value: Any) -> str:
    """SHA-256 of a JSON-serialisable value (keys sorted, so dict order does not matter)."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sha256_file(path: str | os.PathLike, chunk: int = 1 << 20) -> str:
    """SHA-256 of a file's bytes (read in chunks, read-only)."""
    h = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            h.update(block)
    return h.hexdigest()


def _package_files() -> list[Path]:
    root = Path(__file__).resolve().parent.parent  # the communique package
    return sorted(p for p in root.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo"))


_FILE_HASHES: dict[tuple[str, int, int], str] = {}


def _hash_cached(path: Path) -> str:
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in _FILE_HASHES:
        _FILE_HASHES[key] = sha256_file(path)
    return _FILE_HASHES[key]


def code_fingerprint() -> str:
    """SHA-256 over all of communique's source and data files (recorded in manifest.json)."""
    root = Path(__file__).resolve().parent.parent  # the communique package
    return digest([[p.relative_to(root).as_posix(), _hash_cached(p)] for p in _package_files()])


# Modules that do not shape stage results (the command line, config, report and manifest writers).
_NOT_RESULTS = ("communique.cli", "communique.notebook", "communique.__main__", "communique.run.config",
                "communique.run.options", "communique.run.report", "communique.run.manifest")


def loaded_code() -> dict[str, str]:
    """SHA-256 of each communique module imported so far, and of the package's data files.

    A cache entry records this when it is written and is reused only while every file still
    hashes the same, so editing a module invalidates exactly the results computed with it.
    """
    import sys

    root = Path(__file__).resolve().parent.parent  # the communique package
    files = {p for p in _package_files() if p.suffix not in (".py",)}
    for name, module in list(sys.modules.items()):
        if (name == "communique" or name.startswith("communique.")) and not name.startswith(_NOT_RESULTS):
            origin = getattr(module, "__file__", None)
            if origin:
                files.add(Path(origin).resolve())
    return {p.relative_to(root).as_posix(): _hash_cached(p) for p in sorted(files) if p.is_file() and root in p.parents}


def code_matches(recorded: dict[str, str]) -> bool:
    """Whether every file in ``recorded`` (from :func:`loaded_code`) still has the same SHA-256."""
    root = Path(__file__).resolve().parent.parent  # the communique package
    try:
        return all(_hash_cached(root / rel) == sha for rel, sha in recorded.items())
    except OSError:
        return False


@functools.cache
def library_versions() -> dict[str, str]:
    """Installed versions of :data:`LIBRARIES` plus Python (missing ones are left out)."""
    import platform

    versions = {"python": platform.python_version()}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return versions


def nltk_data_found() -> dict[str, bool]:
    """Which optional NLTK data packages were found (only analyses asked for by name read them)."""
    import communique.text.resources as resources

    return {name: path is not None for name, path in resources.status().items()}


def _write_dir_atomically(final: Path, fill) -> None:
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent))
    try:
        fill(tmp)
        if final.exists():
            shutil.rmtree(final)
        os.replace(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _frame_to_bytes(table: pd.DataFrame) -> tuple[bytes, dict[str, str]]:
    buffer = io.BytesIO()
    table.to_parquet(buffer, engine="pyarrow")
    return buffer.getvalue(), {str(c): str(t) for c, t in table.dtypes.items()}


def _frame_from_bytes(data: bytes, dtypes: dict[str, str]) -> pd.DataFrame:
    import pandas as pd

    table = pd.read_parquet(io.BytesIO(data), engine="pyarrow")
    for column in table.columns:
        if dtypes.get(str(column)) == "object" and table[column].dtype != object:
            table[column] = table[column].astype(object)
    return table


def _current_meta(folder: Path) -> dict | None:
    """A cache entry's ``meta.json``, or None when there is none or it was written by other code.

    A damaged file raises (JSON or key errors), which callers treat as a damaged entry.
    """
    meta_path = folder / "meta.json"
    if not meta_path.is_file():
        return None
    meta = json.loads(meta_path.read_text("utf-8"))
    return meta if code_matches(meta["code"]) else None


@dataclass
class StageResult:
    """What a stage left behind: its output files (relative path -> bytes), tables and summary."""

    files: dict[str, bytes] = field(default_factory=dict)
    tables: dict[str, Any] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # shared objects (a fitted model) not stored


class CacheWarning(UserWarning):
    """A cache entry was damaged or edited: it was discarded and its result is recomputed."""


def safe_relative(rel: object) -> str | None:
    """``rel`` when it is a plain relative path that stays inside its folder, else None.

    >>> safe_relative("figures/a.png"), safe_relative("../../etc/passwd"), safe_relative("/tmp/x")
    ('figures/a.png', None, None)
    """
    if not isinstance(rel, str) or not rel or "\\" in rel or "\x00" in rel:
        return None
    parts = rel.split("/")
    if rel.startswith("/") or any(part in ("", ".", "..") for part in parts) or ":" in parts[0]:
        return None
    return rel


class Cache:
    """Parquet tables and stage results under ``root`` (``None``: a cache that keeps nothing).

    Nothing read from the cache is trusted: every file carries its SHA-256 in ``meta.json``,
    restore paths must be plain relative paths inside the output folder, and an entry that
    fails a check is deleted and recomputed with a :class:`CacheWarning`.
    """

    def __init__(self, root: str | os.PathLike | None, *, outputs: str | os.PathLike | None = None):
        self.root = Path(root) if root is not None else None
        self.outputs = Path(outputs) if outputs is not None else None
        self.hits: list[str] = []
        self.misses: list[str] = []
        self.discarded: list[str] = []

    def _discard(self, folder: Path, reason: str) -> None:
        import warnings

        self.discarded.append(folder.name)
        warnings.warn(f"cache entry {folder.name[:16]}... discarded ({reason}); recomputing", CacheWarning, stacklevel=3)
        if folder.is_symlink():
            folder.unlink(missing_ok=True)
        else:
            shutil.rmtree(folder, ignore_errors=True)

    def _read_checked(self, folder: Path, rel: str, sha: object) -> bytes:
        """Bytes of ``folder/rel`` when it is a regular file inside the cache with SHA-256 ``sha``."""
        path = folder / rel
        if path.is_symlink() or not path.is_file():
            raise _Damaged(f"{rel} is missing or not a regular file")
        data = path.read_bytes()
        if not isinstance(sha, str) or hashlib.sha256(data).hexdigest() != sha:
            raise _Damaged(f"{rel} does not match its SHA-256")
        return data

    @property
    def enabled(self) -> bool:
        return self.root is not None

    # --- single tables ----------------------------------------------------------------------

    def _table_dir(self, key: str) -> Path:
        assert self.root is not None
        return self.root / "tables" / key

    def get_table(self, key: str) -> pd.DataFrame | None:
        """The table stored under ``key``, or None."""
        if self.root is None:
            return None
        folder = self._table_dir(key)
        try:
            meta = _current_meta(folder)
            if meta is None:
                return None
            return _frame_from_bytes(self._read_checked(folder, "table.parquet", meta.get("sha256")), meta["dtypes"])
        except (_Damaged, OSError, ValueError, KeyError, TypeError, AttributeError) as err:
            self._discard(folder, str(err) or type(err).__name__)
            return None

    def put_table(self, key: str, table: pd.DataFrame) -> None:
        """Store ``table`` under ``key`` (atomically)."""
        if self.root is None:
            return
        data, dtypes = _frame_to_bytes(table)
        code = loaded_code()

        def fill(tmp: Path) -> None:
            (tmp / "table.parquet").write_bytes(data)
            meta = {"dtypes": dtypes, "code": code, "sha256": hashlib.sha256(data).hexdigest()}
            (tmp / "meta.json").write_text(json.dumps(meta), "utf-8")

        _write_dir_atomically(self._table_dir(key), fill)

    # --- stage results ----------------------------------------------------------------------

    def _stage_dir(self, key: str) -> Path:
        assert self.root is not None
        return self.root / "stages" / key

    def get_stage(self, key: str) -> StageResult | None:
        """The stage result stored under ``key``, or None (a damaged entry counts as missing)."""
        if self.root is None:
            return None
        folder = self._stage_dir(key)
        try:
            meta = _current_meta(folder)
            if meta is None:
                return None
            if not isinstance(meta["summary"], dict):
                raise _Damaged("summary is not a table")
            result = StageResult(summary=meta["summary"])
            hashes = meta["sha256"]
            for number, rel in enumerate(meta["files"]):
                if safe_relative(rel) is None or (self.outputs is not None and not _stays_inside(self.outputs, rel)):
                    raise _Damaged(f"restore path {rel!r} leaves the output folder")
                result.files[rel] = self._read_checked(folder, f"files/{number}", hashes["files"][number])
            for number, (name, entry) in enumerate(meta["tables"].items()):
                if entry["kind"] == "frame":
                    data = self._read_checked(folder, f"tables/{number}.parquet", hashes["tables"][str(number)])
                    result.tables[name] = _frame_from_bytes(data, entry["dtypes"])
                elif entry["kind"] == "object":
                    result.missing.append(name)
                else:
                    result.tables[name] = entry["value"]
            return result
        except (_Damaged, OSError, ValueError, KeyError, TypeError, AttributeError, IndexError) as err:
            self._discard(folder, str(err) or type(err).__name__)
            return None

    def put_stage(self, key: str, result: StageResult) -> bool:
        """Store ``result``; False when the summary cannot be written as JSON (then nothing is stored).

        DataFrames are stored as Parquet, plain values as JSON, other objects (a fitted model)
        are not stored at all (no code is ever loaded from a cache): their names are recorded
        in :attr:`StageResult.missing`, and the pipeline reruns the stage if a later stage that
        must be recomputed could need them.
        """
        if self.root is None:
            return False
        import pandas as pd

        tables_meta: dict[str, Any] = {}
        frames: dict[int, bytes] = {}
        for number, (name, value) in enumerate(result.tables.items()):
            if isinstance(value, pd.DataFrame):
                frames[number], dtypes = _frame_to_bytes(value)
                tables_meta[name] = {"kind": "frame", "dtypes": dtypes}
                continue
            try:
                plain = json.loads(json.dumps(value))
                if plain == value:
                    tables_meta[name] = {"kind": "json", "value": plain}
                    continue
            except (TypeError, ValueError):
                pass
            tables_meta[name] = {"kind": "object", "type": type(value).__name__}
        hashes = {"files": [hashlib.sha256(d).hexdigest() for d in result.files.values()],
                  "tables": {str(n): hashlib.sha256(d).hexdigest() for n, d in frames.items()}}
        try:
            meta_text = json.dumps({"files": list(result.files), "tables": tables_meta, "sha256": hashes,
                                    "summary": result.summary, "code": loaded_code()}, ensure_ascii=False, default=_jsonable)
        except (TypeError, ValueError):
            return False

        def fill(tmp: Path) -> None:
            (tmp / "files").mkdir()
            (tmp / "tables").mkdir()
            for number, data in enumerate(result.files.values()):
                (tmp / "files" / f"{number}").write_bytes(data)
            for number, data in frames.items():
                (tmp / "tables" / f"{number}.parquet").write_bytes(data)
            (tmp / "meta.json").write_text(meta_text, "utf-8")

        _write_dir_atomically(self._stage_dir(key), fill)
        return True


class _Damaged(ValueError):
    """A cache entry failed a check."""


def _stays_inside(folder: Path, rel: str) -> bool:
    root = folder.resolve()
    return root in (root / rel).resolve().parents


def _jsonable(value: Any) -> Any:
    """numpy scalars as Python numbers (for summaries); anything else is not cacheable."""
    item = getattr(value, "item", None)
    if callable(item):
        return item()
    raise TypeError(f"not JSON serialisable: {value!r}")
