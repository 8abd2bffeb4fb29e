"""Write outputs atomically and deterministically (temp file + rename).

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> atomic_write_text(target, "hello\\n") == target
True
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def safe_filename(name: str, *, max_length: int = 100) -> str:
    """A file name made from any text (e.g. a title): no folders, no leading dot, no reserved names.

    >>> safe_filename("../../etc/passwd")
    'etc-passwd'
    >>> safe_filename("Kim Jong-un meets Putin: 'a very good' meeting")
    'Kim-Jong-un-meets-Putin-a-very-good-meeting'
    >>> safe_filename("CON")
    '_CON'
    """
    import re
    import unicodedata

    cleaned = unicodedata.normalize("NFKC", name)
    cleaned = re.sub(r"[^\w.-]+", "-", cleaned, flags=re.ASCII)
    cleaned = re.sub(r"-{2,}", "-", cleaned).strip("-.")[:max_length].strip("-.")
    if not cleaned:
        cleaned = "untitled"
    if cleaned.split(".")[0].lower() in _RESERVED:
        cleaned = "_" + cleaned
    return cleaned


def check_output_name(name: str) -> str:
    """``name`` unchanged when it is a safe output file stem, else ValueError (no path traversal).

    >>> check_output_name("timeline-2019-04-25_kim")
    'timeline-2019-04-25_kim'
    """
    import re

    if (not re.fullmatch(r"[\w.-]+", name, flags=re.ASCII) or name.startswith(".")
            or name.split(".")[0].lower() in _RESERVED):
        raise ValueError(f"unsafe output name {name!r}; use communique.output.safe_filename()")
    return name


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp creates files readable by the owner only; outputs are meant to be shared.
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def atomic_write_text(path: str | os.PathLike, text: str) -> Path:
    """Write UTF-8 text atomically (newlines written as given)."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def neutralise_formulas(table: pd.DataFrame) -> pd.DataFrame:
    """Prefix text cells that a spreadsheet would run as formulas (``=``, ``+``, ``-``, ``@``) with ``'``.

    >>> import pandas as pd
    >>> neutralise_formulas(pd.DataFrame({"a": ["=1+1", "ok"], "n": [-1, 2]}))["a"].tolist()
    ["'=1+1", 'ok']
    """
    out = table.copy()
    for column in out.columns:
        if out[column].dtype == object or str(out[column].dtype) in ("string", "str"):
            out[column] = out[column].map(
                lambda v: "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v
            )
    return out


def write_table(table: pd.DataFrame, folder: str | os.PathLike, name: str, *, parquet: bool = True) -> list[Path]:
    """Write ``name.csv`` (formula-safe) and ``name.parquet`` into ``folder``; return the paths."""
    folder = Path(folder)
    check_output_name(name)
    csv_text = neutralise_formulas(table).to_csv(index=False, lineterminator="\n")
    written = [atomic_write_text(folder / f"{name}.csv", csv_text)]
    if parquet:
        import io

        buffer = io.BytesIO()
        table.reset_index(drop=True).to_parquet(buffer, index=False, engine="pyarrow")
        written.append(atomic_write_bytes(folder / f"{name}.parquet", buffer.getvalue()))
    return written
