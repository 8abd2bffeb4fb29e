"""Load news articles and corpora into :class:`Article` records.

``Article.text`` is the file's decoded text exactly (no newline translation), so
every character offset anywhere in communique indexes the original file.

>>> from pathlib import Path
>>> art = article_from_text("Talks resume\\n\\nEnvoys met in Geneva.", doc_id="demo")
>>> [(p.kind, art.text[p.start:p.end]) for p in art.paragraphs]
[('title', 'Talks resume'), ('body', 'Envoys met in Geneva.')]
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import json
import os
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from communique.text.dates import parse_date, parse_date_in_name
from communique.text.lexicon import month_names, month_numbers

ParagraphKind = Literal["title", "standfirst", "byline", "body", "caption", "boilerplate"]
CONTENT_KINDS: tuple[str, ...] = ("title", "standfirst", "body")
TEXT_SUFFIXES = (".txt", ".text", ".md")
TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet")
DEFAULT_MAX_BYTES = 20_000_000


class LoadError(ValueError):
    """An input could not be loaded; ``str(err)`` names the file and the reason.

    ``severity`` is "error" (the input was skipped) or "warning" (it was loaded, but something
    was repaired or is unknown, e.g. a cp1252 fallback or an impossible date).
    """

    def __init__(self, path: str | os.PathLike, reason: str, severity: str = "error"):
        self.path = str(path)
        self.reason = reason
        self.severity = severity
        super().__init__(f"{self.path}: {reason}")


class EncodingFallbackWarning(UserWarning):
    """A file was not valid UTF-8 and was decoded as cp1252 (or lost a truncated last character)."""


class DateWarning(UserWarning):
    """A publication date was present but impossible or unparsable; the date is unknown."""


@dataclass(frozen=True)
class Paragraph:
    """A paragraph's kind and its character span in ``Article.text``."""

    kind: str
    start: int
    end: int


class Meta(dict):
    """An article's extra columns: a read-only dict (so ``pd.DataFrame(articles)``, ``copy`` and
    pickling work, where a ``MappingProxyType`` would not).

    >>> meta = Meta({"site": "bbc.co.uk"})
    >>> meta["site"], dict(meta)
    ('bbc.co.uk', {'site': 'bbc.co.uk'})
    >>> meta["site"] = "x"
    Traceback (most recent call last):
    ...
    TypeError: an article's meta is read-only; use dataclasses.replace(article, meta={...})
    """

    def _read_only(self, *args, **kwargs):
        raise TypeError("an article's meta is read-only; use dataclasses.replace(article, meta={...})")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _read_only  # type: ignore[assignment]
    __ior__ = _read_only  # type: ignore[assignment]

    def __reduce__(self):
        return (Meta, (dict(self),))

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(sorted(self.items())))


@dataclass(frozen=True)
class Article:
    """One news article; offsets of paragraphs index ``text``."""

    id: str
    path: str
    text: str
    title: str = ""
    standfirst: str = ""
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    date_source: str = ""  # byline | filename | column | option | "" (unknown)
    date_precision: str = ""  # year | month | day | minute | ""
    meta: Mapping[str, str] = field(default_factory=Meta, compare=False)

    def spans(self, kinds: Iterable[str] = CONTENT_KINDS) -> list[Paragraph]:
        """Paragraphs of the given kinds (by default the content: title, standfirst, body)."""
        wanted = set(kinds)
        return [p for p in self.paragraphs if p.kind in wanted]

    @property
    def dct(self) -> str | None:
        """The publication date as an ISO date string (the document creation time), or None."""
        if self.published is None:
            return None
        if self.date_precision == "year":
            return f"{self.published.year:04d}"
        if self.date_precision == "month":
            return f"{self.published.year:04d}-{self.published.month:02d}"
        return self.published.date().isoformat()


# --- decoding -------------------------------------------------------------------------------


def decode_bytes(data: bytes, path: str | os.PathLike = "<bytes>") -> str:
    """Decode a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, then cp1252 with a warning.

    >>> decode_bytes("Kim’s".encode("utf-8"))
    'Kim’s'
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise LoadError(path, f"invalid UTF-16 ({err.reason} at byte {err.start})") from None
    if b"\x00" in data[:8192]:
        raise LoadError(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        utf8_error = f"{err.reason} at byte {err.start}"
        if err.reason == "unexpected end of data" and err.start >= len(data) - 3:
            # A file cut inside its last multi-byte character: keep everything before it.
            warnings.warn(f"{path}: truncated UTF-8 character at the end of the file was dropped",
                          EncodingFallbackWarning, stacklevel=2)
            return data[: err.start].decode("utf-8-sig")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    if _control_ratio(text) > 0.05:
        raise LoadError(path, f"binary or unknown encoding (not UTF-8: {utf8_error})")
    warnings.warn(
        f"{path}: not valid UTF-8 ({utf8_error}); decoded as cp1252",
        EncodingFallbackWarning,
        stacklevel=2,
    )
    return text


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t\f\v")
    return controls / len(sample)


def read_text(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read and decode a text file (read-only), with clear errors for bad input."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadError(path, f"file too large ({size:,} bytes > max_bytes={max_bytes:,})")
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as err:
        raise LoadError(path, f"cannot read file ({err.strerror or err})") from None
    if not data.strip():
        raise LoadError(path, "empty file" if not data else "file holds only whitespace")
    text = decode_bytes(data, path)
    if not text.strip():
        raise LoadError(path, "file holds only whitespace")
    return text


# --- paragraphs and article structure -------------------------------------------------------

_PARA_BREAK = re.compile(r"(?:\r\n|\r|\n)(?:[^\S\r\n]*(?:\r\n|\r|\n))+")
_CAPTION = re.compile(
    r"""^\W*(?:top\s+|main\s+|header\s+|featured\s+|cover\s+)?
        (?:photo|photograph|picture|image|pic|video|graphic|illustration)s?\b
        (?:\s*\([^)]{0,30}\))?\s*(?:by|via|from|courtesy|credit|source|:)"""
    r"|^\W*(?:credit|image\s+source|source\s*:\s*getty)\b"
    # An agency credit ends a caption only after a separator ("Name/AFP", "via Reuters"), so a
    # headline such as "Weak dollar hits Reuters" stays a headline.
    r"|(?:getty\s*images|shutterstock)\W*$"
    r"|(?:[/|(:©]\s*|\b(?:via|by)\s+)(?:AFP|AP(?:\s+photo)?|Reuters|EPA|TASS|Xinhua|Yonhap)\W*$",
    re.IGNORECASE | re.VERBOSE,
)
_BOILERPLATE = re.compile(
    r"^\W*(?:read\s+more|related|see\s+also|also\s+read|click\s+here|subscribe|sign\s+up|"
    r"follow\s+us|share\s+this|advertisement|sponsored|copyright|all\s+rights\s+reserved|"
    r"(?:this\s+)?story\s+continues|more\s+on\s+this|you\s+may\s+also\s+like|"
    r"download\s+(?:our|the)\s+app|join\s+our)\b",
    re.IGNORECASE,
)


@functools.cache
def _byline_date() -> re.Pattern[str]:
    """A date in a byline part ("April 25, 2019", "Sept. 3 2019", "25 April 2019", "2019-04-25"),
    with the capitalised month names and abbreviations of ``text/data/months.tsv``."""
    names = "|".join(n.capitalize() for n in month_names())
    any_month = "|".join(sorted({a.capitalize() for a in month_numbers()}, key=lambda a: (-len(a), a)))
    return re.compile(rf"(?:{any_month})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{names})\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of blank-line separated paragraphs, stripped of surrounding whitespace.

    >>> paragraph_spans("A b.\\r\\n\\r\\n  C d.\\n")
    [(0, 4), (10, 14)]
    """
    spans = []
    pos = 0
    for match in _PARA_BREAK.finditer(text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    out = []
    for start, end in spans:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        out.append((start + lead, start + lead + len(stripped)))
    return out


def classify_paragraph(text: str) -> str:
    """Kind of a body-area paragraph: caption, boilerplate or body.

    >>> classify_paragraph("Photo by Mikhail Svetlov/Getty Images")
    'caption'
    >>> classify_paragraph("Read more about the meeting here:")
    'boilerplate'
    >>> classify_paragraph("Putin met Kim.")
    'body'
    """
    words = len(text.split())
    if words <= 25 and _CAPTION.search(text):
        return "caption"
    if words <= 20 and _BOILERPLATE.search(text):
        return "boilerplate"
    return "body"


def parse_byline(line: str) -> tuple[tuple[str, ...], datetime | None] | None:
    """Authors and publication time from a ``Name | Name | April 25, 2019, 06:59 PM`` byline.

    >>> parse_byline("Guan Zhen Tan | Matthias Ang | April 25, 2019, 06:59 PM")
    (('Guan Zhen Tan', 'Matthias Ang'), datetime.datetime(2019, 4, 25, 18, 59))
    """
    if "\n" in line.strip() or len(line) > 200:
        return None
    parts = [p.strip() for p in re.split(r"\s*[|•·]\s*", line.strip()) if p.strip()]
    published = None
    authors: list[str] = []
    for part in parts:
        if published is None and _byline_date().search(part):
            published = parse_date(part)
            if published is not None:
                continue
        cleaned = re.sub(r"^(?:by|words\s+by)\s+", "", part, flags=re.IGNORECASE)
        for name in re.split(r"\s*(?:,|\band\b|&)\s*", cleaned):
            if name:
                authors.append(name)
    if published is None or not authors or any(len(a.split()) > 5 for a in authors):
        return None
    return tuple(authors), published


def article_from_text(
    text: str,
    *,
    doc_id: str,
    path: str = "",
    title: str | None = None,
    published: datetime | None = None,
    date_source: str = "",
    date_precision: str = "",
    meta: Mapping[str, str] | None = None,
    has_title_line: bool = True,
) -> Article:
    """Build an :class:`Article` from decoded text, finding title, standfirst, byline and kinds."""
    spans = paragraph_spans(text)
    kinds = ["body"] * len(spans)
    authors: tuple[str, ...] = ()
    standfirst = ""
    found_title = ""
    if has_title_line and spans:
        first = text[spans[0][0] : spans[0][1]]
        # A title is one short line without a full stop at the end.
        ends_sentence = first.endswith((".", '."', ".”")) and not first.endswith(("...", "…"))
        if "\n" not in first and len(first) <= 300 and not ends_sentence and classify_paragraph(first) == "body":
            kinds[0] = "title"
            found_title = first
    # Byline within the first few paragraphs; anything between title and byline is standfirst.
    for idx in range(1 if kinds[0:1] == ["title"] else 0, min(len(spans), 4)):
        parsed = parse_byline(text[spans[idx][0] : spans[idx][1]])
        if parsed:
            authors, byline_date = parsed
            kinds[idx] = "byline"
            for mid in range(1, idx):
                kinds[mid] = "standfirst"
            standfirst = " ".join(text[spans[m][0] : spans[m][1]] for m in range(1, idx))
            if published is None or date_source in ("", "filename"):
                published, date_source, date_precision = byline_date, "byline", "minute"
            break
    for idx, (start, end) in enumerate(spans):
        if kinds[idx] == "body":
            kinds[idx] = classify_paragraph(text[start:end])
    paragraphs = tuple(Paragraph(kind, start, end) for kind, (start, end) in zip(kinds, spans))
    return Article(
        id=doc_id,
        path=path,
        text=text,
        title=title if title is not None else found_title,
        standfirst=standfirst,
        authors=authors,
        published=published,
        paragraphs=paragraphs,
        date_source=date_source if published is not None else "",
        date_precision=date_precision if published is not None else "",
        meta=Meta(meta or {}),
    )


# --- single files ---------------------------------------------------------------------------

_UNGDC_NAME = re.compile(r"^([A-Z]{2,3})_(\d{2})_(\d{4})$")


def load_article(
    path: str | os.PathLike,
    *,
    date: str | datetime | None = None,
    doc_id: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Load one plain-text article.

    The publication date comes from a byline when there is one, else from an ISO date in the
    file name, else from ``date``; otherwise it stays ``None`` (``Article.published``).
    Raises :class:`LoadError` naming the file and the reason for bad input.
    """
    path = Path(path)
    text = read_text(path, max_bytes=max_bytes)
    published, date_source, precision = None, "", ""
    meta: dict[str, str] = {}
    has_title_line = True
    title = None
    ungdc = _UNGDC_NAME.match(path.stem)
    if ungdc:  # UN General Debate layout: ISO3_session_year.txt, speech without a title line
        country, session, year = ungdc.groups()
        meta = {"country": country, "session": session, "year": year}
        published, date_source, precision = datetime(int(year), 1, 1), "filename", "year"
        has_title_line = False
        title = f"{country}, UN General Debate session {int(session)} ({year})"
    else:
        found = parse_date_in_name(path.name)
        if found is not None:
            published, precision = found
            date_source = "filename"
        elif re.search(r"(?<!\d)(?:1|2)\d{3}-\d{2}-\d{2}(?!\d)", path.name):
            warnings.warn(f"{path}: the date in the file name is not a real date; publication date unknown",
                          DateWarning, stacklevel=2)
    if date is not None and published is None:
        parsed = date if isinstance(date, datetime) else parse_date(str(date))
        if parsed is None:
            raise LoadError(path, f"cannot parse the date given for it: {date!r}")
        published, date_source, precision = parsed, "option", "day"
    article = article_from_text(
        text,
        doc_id=doc_id or path.stem,
        path=str(path),
        title=title,
        published=published,
        date_source=date_source,
        date_precision=precision,
        meta=meta,
        has_title_line=has_title_line,
    )
    if not article.spans():
        raise LoadError(path, "no article text: only photo captions, bylines or boilerplate")
    return article


# --- corpora --------------------------------------------------------------------------------

COLUMN_CANDIDATES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "docid", "article_id", "uuid"),
    "title": ("title", "headline", "heading"),
    "date": ("date", "published", "publication_date", "pub_date", "pubdate", "datetime", "timestamp", "time"),
    "text": ("text", "body", "content", "article", "desc", "description", "summary", "abstract"),
}


def load_corpus(
    source: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    pattern: str = "**/*",
    columns: Mapping[str, str] | None = None,
    date: str | None = None,
    errors: list[LoadError] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article]:
    """Stream articles from files, folders (recursive, sorted), or CSV/TSV/JSON(L)/Parquet tables.

    ``columns`` maps ``id``/``title``/``date``/``text`` to the table's column names (found
    automatically otherwise). Bad inputs raise :class:`LoadError`, unless ``errors`` is a list:
    then each is appended to it and loading goes on.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "2020-01-02_a.txt").write_text("Title\\n\\nBody text.")
    >>> _ = (folder / "empty.txt").write_text("")
    >>> bad = []
    >>> [a.id for a in load_corpus(folder, errors=bad)], [e.reason for e in bad]
    (['2020-01-02_a'], ['empty file'])
    """
    if _is_frame(source):  # a table already in memory: its rows, as load_table reads a file's
        yield from load_table(source, columns=columns, errors=errors)
        return
    sources = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    for item in sources:
        root = Path(item)
        try:
            if root.is_dir():
                files = walk(root, pattern, errors)
                for path in files:
                    yield from load_path(path, root, columns, date, errors, max_bytes)
            elif root.exists():
                yield from load_path(root, root.parent, columns, date, errors, max_bytes)
            else:
                raise LoadError(root, "no such file or directory")
        except LoadError as err:
            if errors is None:
                raise
            errors.append(err)


def walk(root: Path, pattern: str, errors: list[LoadError] | None) -> list[Path]:
    """Readable files under ``root`` in sorted order, following no symlink loops."""
    found: list[Path] = []
    seen_dirs: set[tuple[int, int]] = set()

    def onerror(err: OSError) -> None:
        exc = LoadError(err.filename or root, f"cannot list directory ({err.strerror or err})")
        if errors is None:
            raise exc
        errors.append(exc)

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=True):
        try:
            stat = os.stat(dirpath)
        except OSError:
            continue
        key = (stat.st_dev, stat.st_ino)
        if key in seen_dirs:  # a symlink loop: do not descend again
            dirnames[:] = []
            continue
        seen_dirs.add(key)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name.upper().startswith("README"):
                continue
            path = Path(dirpath) / name
            if pattern not in ("**/*", "*") and not path.relative_to(root).match(pattern):
                continue
            if path.suffix.lower() in TEXT_SUFFIXES + TABLE_SUFFIXES:
                found.append(path)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def load_path(
    path: Path,
    root: Path,
    columns: Mapping[str, str] | None,
    date: str | None,
    errors: list[LoadError] | None,
    max_bytes: int,
) -> Iterator[Article]:
    """The articles of one file (a text, or every row of a table); ids are paths relative to ``root``."""
    suffix = path.suffix.lower()
    try:
        if suffix in TABLE_SUFFIXES:
            yield from load_table(path, columns=columns, errors=errors)
            return
        rel = path.relative_to(root).with_suffix("").as_posix() if path != root else path.stem
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            article = load_article(path, date=date, doc_id=rel, max_bytes=max_bytes)
        for warning in caught:
            if errors is not None and issubclass(warning.category, (EncodingFallbackWarning, DateWarning)):
                reason = str(warning.message).removeprefix(f"{path}: ")
                errors.append(LoadError(path, reason, severity="warning"))
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
        if not article.meta and path.parent != root:
            # Folder layouts such as BBC's: the sub-folder names the category.
            article = _with_meta(article, {"category": path.parent.relative_to(root).as_posix()})
        yield article
    except LoadError as err:
        if errors is None:
            raise
        errors.append(err)


def _with_meta(article: Article, meta: Mapping[str, str]) -> Article:
    from dataclasses import replace

    return replace(article, meta=Meta({**article.meta, **meta}))


def _pick(available: list[str], key: str, columns: Mapping[str, str] | None) -> str | None:
    if columns and key in columns:
        return columns[key]
    lowered = {c.lower(): c for c in available}
    for candidate in COLUMN_CANDIDATES[key]:
        if candidate in lowered:
            return lowered[candidate]
    return None


def _iter_records(path: Path) -> Iterator[dict]:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        text = read_text(path, max_bytes=10**12)
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter="\t" if suffix == ".tsv" else ",")
        yield from reader
    elif suffix in (".jsonl", ".ndjson"):
        with open(path, "rb") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as err:
                        raise LoadError(path, f"line {number}: invalid JSON ({err.msg})") from None
    elif suffix == ".json":
        try:
            data = json.loads(read_text(path, max_bytes=10**12))
        except json.JSONDecodeError as err:
            raise LoadError(path, f"invalid JSON ({err.msg} at line {err.lineno})") from None
        if isinstance(data, dict):
            data = next((v for v in data.values() if isinstance(v, list)), [data])
        yield from data
    elif suffix == ".parquet":
        import pyarrow.parquet as pq

        table = pq.ParquetFile(path)
        for batch in table.iter_batches(batch_size=2048):
            yield from batch.to_pylist()


def _is_frame(value: object) -> bool:
    """A pandas DataFrame (checked without importing pandas)."""
    return type(value).__name__ == "DataFrame" and hasattr(value, "to_dict") and hasattr(value, "columns")


def load_table(
    path: str | os.PathLike,
    *,
    columns: Mapping[str, str] | None = None,
    errors: list[LoadError] | None = None,
) -> Iterator[Article]:
    """Stream articles from a CSV/TSV/JSON/JSON Lines/Parquet table (or a pandas DataFrame), one per row.

    The article text is the title, a blank line, and the text column (either may be absent).
    Rows without text are recorded as errors (``path#row``).
    """
    if _is_frame(path):
        records = iter(path.to_dict("records"))
        path = Path("DataFrame")
    else:
        path = Path(path)
        records = _iter_records(path)
    first = next(records, None)
    if first is None:
        raise LoadError(path, "table has no rows")
    available = [str(k) for k in first]
    id_col = _pick(available, "id", columns)
    title_col = _pick(available, "title", columns)
    date_col = _pick(available, "date", columns)
    text_col = _pick(available, "text", columns)
    if title_col is None and text_col is None:
        raise LoadError(path, f"no text or title column among {available}")
    for want, col in (("id", id_col), ("title", title_col), ("date", date_col), ("text", text_col)):
        if columns and want in columns and col not in available:
            raise LoadError(path, f"column {col!r} (for {want}) not found among {available}")
    extra = [c for c in available if c not in (id_col, title_col, date_col, text_col)]
    dayfirst: bool | None = None
    row_number = 0
    for record in itertools.chain([first], records):
        row_number += 1
        row_ref = f"{path}#{row_number}"
        title = _clean_cell(record.get(title_col)) if title_col else ""
        body = _clean_cell(record.get(text_col)) if text_col else ""
        if not title and not body:
            err = LoadError(row_ref, "row has no title and no text")
            if errors is None:
                raise err
            errors.append(err)
            continue
        published = None
        if date_col:
            raw = record.get(date_col)
            if dayfirst is None and isinstance(raw, str):
                dayfirst = _guess_dayfirst(raw)
            published = parse_date(raw, dayfirst=bool(dayfirst))
            if published is None and _clean_cell(raw) and errors is not None:
                errors.append(LoadError(row_ref, f"unparsable or impossible date {_clean_cell(raw)[:40]!r}; "
                                                 "publication date unknown", severity="warning"))
        text = f"{title}\n\n{body}" if title and body else (title or body)
        doc_id = _clean_cell(record.get(id_col)) if id_col else ""
        meta = {c: _clean_cell(record.get(c)) for c in extra if len(_clean_cell(record.get(c))) <= 200}
        article = article_from_text(
            text,
            doc_id=doc_id or f"{path.stem}:{row_number}",
            path=row_ref,
            title=title,
            published=published,
            date_source="column" if published else "",
            date_precision="day" if published else "",
            meta=meta,
            has_title_line=bool(title),
        )
        yield article


def _clean_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value != value:  # NaN
        return ""
    return str(value).strip()


def _guess_dayfirst(value: str) -> bool | None:
    match = re.match(r"^\s*(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}", value)
    if not match:
        return None
    return int(match.group(1)) > 12
