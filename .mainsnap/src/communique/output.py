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
    from collections.abc import Callable

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
    out = table
    for column in table.columns:
        values = table[column]
        if values.dtype == object:
            risky = any(isinstance(v, str) and v.startswith(_FORMULA_START) for v in values.tolist())
        elif str(values.dtype) in ("string", "str"):
            risky = bool(values.str.startswith(_FORMULA_START).fillna(False).any())
        else:
            continue
        if risky:  # most columns have no such cell: they are written as they are
            if out is table:
                out = table.copy()
            out[column] = values.map(lambda v: "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v)
    return out


LIST_SEP = " | "  # how a list-valued cell is written in CSV (Parquet keeps the list)


def csv_cells(table: pd.DataFrame) -> pd.DataFrame:
    """List-valued cells joined by :data:`LIST_SEP`, as CSV shows them (other cells unchanged).

    >>> import pandas as pd
    >>> csv_cells(pd.DataFrame({"ids": [["a", "b"], []], "n": [1, 2]}))["ids"].tolist()
    ['a | b', '']
    """
    out = table
    for column in table.columns:
        if table[column].dtype == object and table[column].map(lambda v: isinstance(v, (list, tuple))).any():
            if out is table:
                out = table.copy()
            out[column] = table[column].map(
                lambda v: LIST_SEP.join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    return out


def write_table(table: pd.DataFrame, folder: str | os.PathLike, name: str, *, parquet: bool = True) -> list[Path]:
    """Write ``name.csv`` (formula-safe) and ``name.parquet`` into ``folder``; return the paths."""
    folder = Path(folder)
    check_output_name(name)
    csv_text = neutralise_formulas(csv_cells(table)).to_csv(index=False, lineterminator="\n")
    written = [atomic_write_text(folder / f"{name}.csv", csv_text)]
    if parquet:
        import io

        buffer = io.BytesIO()
        table.reset_index(drop=True).to_parquet(buffer, index=False, engine="pyarrow")
        written.append(atomic_write_bytes(folder / f"{name}.parquet", buffer.getvalue()))
    return written


class TableWriter:
    """Write a large table part by part: ``name.csv`` and ``name.parquet``, renamed into place on close.

    The CSV is the same text :func:`write_table` writes for the concatenated parts; the Parquet
    file has one row group per part. Memory holds one part at a time.

    >>> import pandas as pd, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> with TableWriter(folder, "t") as writer:
    ...     writer.write(pd.DataFrame({"a": [1]})); writer.write(pd.DataFrame({"a": [2]}))
    >>> pd.read_parquet(f"{folder}/t.parquet")["a"].tolist(), open(f"{folder}/t.csv").read()
    ([1, 2], 'a\\n1\\n2\\n')
    """

    def __init__(self, folder: str | os.PathLike, name: str, *,
                 on_close: Callable[[list[Path]], object] | None = None) -> None:
        self.folder = Path(folder)
        self.on_close = on_close  # called with the paths once both files are in place
        self.name = check_output_name(name)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.rows = 0
        self.paths: list[Path] = []
        self._columns: list[str] | None = None
        self._schema = None
        self._parquet = None
        self._tmp = {s: self.folder / f".{name}.{s}.{os.getpid()}.tmp" for s in ("csv", "parquet")}
        self._csv = open(self._tmp["csv"], "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed in close()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, kind, *exc: object) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()

    def write(self, part: pd.DataFrame) -> None:
        """Append the rows of ``part`` (its columns must match the first part's)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._columns is None:
            self._columns = list(part.columns)
            self._csv.write(neutralise_formulas(part.head(0)).to_csv(index=False, lineterminator="\n"))
        elif list(part.columns) != self._columns:
            raise ValueError(f"{self.name}: part columns {list(part.columns)} differ from {self._columns}")
        if not len(part):
            return
        part = part.reset_index(drop=True)
        self._csv.write(neutralise_formulas(part).to_csv(index=False, header=False, lineterminator="\n"))
        arrow = pa.Table.from_pandas(part, preserve_index=False)
        if self._parquet is None:
            self._schema = arrow.schema
            self._parquet = pq.ParquetWriter(self._tmp["parquet"], self._schema)
        self._parquet.write_table(arrow.cast(self._schema))
        self.rows += len(part)

    def close(self) -> list[Path]:
        """Finish both files and move them into place; returns their paths."""
        import pandas as pd

        self._csv.close()
        if self._parquet is None:  # no rows: an empty table with the known columns
            pd.DataFrame(columns=self._columns or []).to_parquet(self._tmp["parquet"], index=False)
        else:
            self._parquet.close()
        written = []
        for suffix in ("csv", "parquet"):
            target = self.folder / f"{self.name}.{suffix}"
            os.chmod(self._tmp[suffix], 0o666 & ~_umask())
            os.replace(self._tmp[suffix], target)
            written.append(target)
        self.paths = written
        if self.on_close is not None:
            self.on_close(list(written))
        return written

    def abort(self) -> None:
        """Drop the temporary files (nothing is moved into place)."""
        self._csv.close()
        if self._parquet is not None:
            self._parquet.close()
        for tmp in self._tmp.values():
            tmp.unlink(missing_ok=True)
