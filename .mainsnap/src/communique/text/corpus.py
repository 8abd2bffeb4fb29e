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

ParagraphKind = Literal["title", "standfirst", "byline", "body", "caption", "boilerplate"]
CONTENT_KINDS: tuple[str, ...] = ("title", "standfirst", "body")
TEXT_SUFFIXES = (".txt", ".text", ".md")
TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")  # read as HTML (communique.text.html)
DEFAULT_MAX_BYTES = 20_000_000
#: Files in an input folder that are not text: listed as skipped, with what they are.
NOT_TEXT_SUFFIXES: dict[str, str] = {
    **dict.fromkeys((".pdf",), "a PDF document"),
    **dict.fromkeys((".docx", ".doc", ".odt", ".rtf", ".pages"), "a word-processor document"),
    **dict.fromkeys((".xlsx", ".xls", ".ods", ".pptx", ".ppt", ".odp", ".epub", ".mobi"), "an office or e-book file"),
    **dict.fromkeys((".gz", ".zip", ".bz2", ".xz", ".7z", ".tar", ".tgz", ".rar", ".zst", ".lz4"), "an archive"),
    **dict.fromkeys((".png", ".jpg", ".jpeg", ".gif", ".webp", ".tif", ".tiff", ".bmp", ".svg", ".ico"), "an image"),
    **dict.fromkeys((".mp3", ".wav", ".ogg", ".flac", ".mp4", ".mov", ".avi", ".mkv", ".webm"), "audio or video"),
    **dict.fromkeys((".pkl", ".pickle", ".npy", ".npz", ".db", ".sqlite", ".exe", ".so", ".dll", ".bin"), "a binary file"),
}


@dataclass(frozen=True)
class LoadSettings:
    """How inputs are read (picklable, so workers get the same): the largest document, whether
    symbolic links may leave an input folder, the day/month order of table dates (None: decided
    from all rows of the column), and folders never read (the output folder)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    follow_symlinks: bool = False
    dayfirst: bool | None = None
    exclude: tuple[str, ...] = ()


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


class FormatWarning(UserWarning):
    """A file was read in another format than its name says (an HTML page saved as ``.txt``)."""


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


def _kind_of(mode: int) -> str:
    import stat

    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "not a regular file"


def read_bytes(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A regular file's bytes (read-only). FIFOs, devices and sockets are refused without blocking:
    the file is opened non-blocking and checked with ``fstat`` before anything is read."""
    import stat

    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as err:
        raise LoadError(path, f"cannot read file ({err.strerror or err})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise LoadError(path, f"{_kind_of(info.st_mode)}, not a file; not read")
        if info.st_size > max_bytes:
            raise LoadError(path, f"file too large ({info.st_size:,} bytes > max_bytes={max_bytes:,})")
        with os.fdopen(fd, "rb") as handle:
            fd = -1
            data = handle.read(min(max_bytes, info.st_size) + 1 if info.st_size else -1)
    except OSError as err:
        raise LoadError(path, f"cannot read file ({err.strerror or err})") from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > max_bytes:  # grew while being read (or a size-less file)
        raise LoadError(path, f"file too large (> max_bytes={max_bytes:,})")
    return data


def read_text(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read and decode a text file (read-only), with clear errors for bad input."""
    path = Path(path)
    data = read_bytes(path, max_bytes=max_bytes)
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
_BYLINE_DATE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{4}|\d{4}-\d{2}-\d{2}",
)


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
        if published is None and _BYLINE_DATE.search(part):
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
    from communique.text.html import looks_like_html

    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        from communique.text.html import html_to_text

        if path.suffix.lower() not in HTML_SUFFIXES:
            warnings.warn(f"{path}: an HTML page saved as {path.suffix or 'a file without extension'}; "
                          "its text was extracted from the markup", FormatWarning, stacklevel=2)
        text = html_to_text(text)  # offsets index the extracted text
        if not text.strip():
            raise LoadError(path, "HTML page without text")
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
#: Largest CSV cell (the csv module's default, 131,072 characters, is less than a long article).
CSV_FIELD_LIMIT = 2**31 - 1


def load_corpus(
    source: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    pattern: str = "**/*",
    columns: Mapping[str, str] | None = None,
    date: str | None = None,
    errors: list[LoadError] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    settings: LoadSettings | None = None,
) -> Iterator[Article]:
    """Stream articles from files, folders (recursive, sorted), or CSV/TSV/JSON(L)/Parquet tables.

    ``columns`` maps ``id``/``title``/``date``/``text`` to the table's column names (found
    automatically otherwise). Bad inputs raise :class:`LoadError`, unless ``errors`` is a list:
    then each is appended to it (the file, row or line, and the reason) and loading goes on.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "2020-01-02_a.txt").write_text("Title\\n\\nBody text.")
    >>> _ = (folder / "empty.txt").write_text("")
    >>> bad = []
    >>> [a.id for a in load_corpus(folder, errors=bad)], [e.reason for e in bad]
    (['2020-01-02_a'], ['empty file'])
    """
    settings = settings or LoadSettings(max_bytes=max_bytes)
    if _is_frame(source):  # a table already in memory: its rows, as load_table reads a file's
        yield from load_table(source, columns=columns, errors=errors, settings=settings)
        return
    sources = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    for item in sources:
        root = Path(item)
        try:
            if root.is_dir():
                files = walk_inputs(root, pattern, errors, settings=settings)
                for path in files:
                    yield from load_path(path, root, columns, date, errors, settings)
            elif root.exists() or root.is_symlink():
                yield from load_path(root, root.parent, columns, date, errors, settings)
            else:
                raise LoadError(root, "no such file or directory")
        except LoadError as err:
            if errors is None:
                raise
            errors.append(err)


def _inside_any(real: Path, folders: Iterable[Path]) -> bool:
    return any(real == f or f in real.parents for f in folders)


def walk_inputs(root: Path, pattern: str = "**/*", errors: list[LoadError] | None = None, *,
                settings: LoadSettings | None = None) -> list[Path]:
    """The files under ``root`` to read, in sorted order; every other entry is reported to ``errors``.

    Special files (FIFOs, devices, sockets) are refused after a ``stat``, never opened; symbolic
    links are not followed out of ``root`` unless ``settings.follow_symlinks``, and never into
    ``settings.exclude`` (the output folder); files that are not text (PDF, Word, archives,
    images) are listed as skipped, other unknown types as ignored (warnings).
    """
    import stat as st

    settings = settings or LoadSettings()
    found: list[Path] = []
    seen_dirs: set[tuple[int, int]] = set()
    root_real = root.resolve()
    excluded = [Path(e).resolve() for e in settings.exclude]

    def report(path: Path | str, reason: str, severity: str = "error") -> None:
        exc = LoadError(path, reason, severity=severity)
        if errors is None:
            if severity == "warning":
                return
            raise exc
        errors.append(exc)

    def onerror(err: OSError) -> None:
        report(err.filename or root, f"cannot list directory ({err.strerror or err})")

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=settings.follow_symlinks):
        try:
            info = os.stat(dirpath)
        except OSError:
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen_dirs:  # a symlink loop: do not descend again
            dirnames[:] = []
            continue
        seen_dirs.add(key)
        keep = []
        for name in sorted(dirnames):
            if name.startswith("."):
                continue
            folder = Path(dirpath) / name
            try:
                real = folder.resolve(strict=True)
            except (OSError, RuntimeError):
                report(folder, "broken or looping symbolic link; not followed", "warning")
                continue
            if _inside_any(real, excluded):
                report(folder, "leads into the output folder; not read")
                continue
            if folder.is_symlink() and not settings.follow_symlinks:
                if _inside_any(real, [root_real]):
                    report(folder, "symbolic link to a folder inside the input; not followed (read where it points)",
                           "warning")
                else:
                    report(folder, "symbolic link to a folder outside the input; not followed (use --follow-symlinks)")
                continue
            keep.append(name)
        dirnames[:] = keep
        for name in sorted(filenames):
            if name.startswith(".") or name.upper().startswith("README"):
                continue
            path = Path(dirpath) / name
            if pattern not in ("**/*", "*") and not path.relative_to(root).match(pattern):
                continue
            try:
                if path.is_symlink():
                    real = path.resolve(strict=True)
                    if _inside_any(real, excluded):
                        report(path, "symbolic link into the output folder; not read")
                        continue
                    if not settings.follow_symlinks and not _inside_any(real, [root_real]):
                        report(path, "symbolic link to a file outside the input; not followed (use --follow-symlinks)")
                        continue
                mode = os.stat(path).st_mode  # stat only: a FIFO or device is never opened
            except (OSError, RuntimeError) as err:
                report(path, f"cannot read file ({getattr(err, 'strerror', None) or 'broken symbolic link'})")
                continue
            if not st.S_ISREG(mode):
                report(path, f"{_kind_of(mode)}, not a file; not read")
                continue
            suffix = path.suffix.lower()
            if suffix in TEXT_SUFFIXES + TABLE_SUFFIXES + HTML_SUFFIXES:
                found.append(path)
            elif suffix in NOT_TEXT_SUFFIXES:
                report(path, f"not a text file ({NOT_TEXT_SUFFIXES[suffix]}); convert it to .txt to analyse it")
            else:
                report(path, f"ignored: not a known article format ({suffix or 'no extension'}; "
                             f"read are {', '.join(TEXT_SUFFIXES + HTML_SUFFIXES + TABLE_SUFFIXES)})", "warning")
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def walk(root: Path, pattern: str = "**/*", errors: list[LoadError] | None = None) -> list[Path]:
    """:func:`walk_inputs` with the default settings (the name other modules use)."""
    return walk_inputs(root, pattern, errors)


_walk = walk  # the old name


def load_path(
    path: Path,
    root: Path,
    columns: Mapping[str, str] | None,
    date: str | None,
    errors: list[LoadError] | None,
    settings: LoadSettings | int | None = None,
) -> Iterator[Article]:
    """The articles of one input file (a text, an HTML page or a table). Any failure is recorded
    for that file in ``errors`` (when a list) and loading goes on with the next one."""
    if not isinstance(settings, LoadSettings):
        settings = LoadSettings(max_bytes=settings if isinstance(settings, int) else DEFAULT_MAX_BYTES)
    suffix = path.suffix.lower()
    try:
        if suffix in NOT_TEXT_SUFFIXES:
            raise LoadError(path, f"not a text file ({NOT_TEXT_SUFFIXES[suffix]}); convert it to .txt to analyse it")
        if suffix in TABLE_SUFFIXES:
            yield from load_table(path, columns=columns, errors=errors, settings=settings)
            return
        rel = path.relative_to(root).with_suffix("").as_posix() if path != root else path.stem
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            article = load_article(path, date=date, doc_id=rel, max_bytes=settings.max_bytes)
        for warning in caught:
            if errors is not None and issubclass(warning.category, (EncodingFallbackWarning, DateWarning, FormatWarning)):
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
    except (MemoryError, RecursionError, Exception) as err:  # noqa: BLE001 - one input never stops the run
        if errors is None:
            raise
        errors.append(LoadError(path, f"cannot read file ({type(err).__name__}: {_one_line(err)})"))


_load_path = load_path  # the old name


def _one_line(err: BaseException) -> str:
    text = str(err).strip().splitlines()
    return (text[0] if text else "")[:200]


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


def _decode_cp1252(line: bytes) -> str:
    try:
        return line.decode("cp1252")
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined
        return line.decode("latin-1")


def decode_table_bytes(data: bytes, path: str | os.PathLike, notes: list[LoadError]) -> str:
    """A table file's text: UTF-16 (with BOM) or UTF-8, each line not valid UTF-8 repaired on its
    own (as cp1252, noted per line), NUL bytes removed (noted). Mostly binary data is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise LoadError(path, f"invalid UTF-16 ({err.reason} at byte {err.start})") from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            lines = data.split(b"\n")
            decoded = []
            for number, line in enumerate(lines, 1):
                try:
                    decoded.append(line.decode("utf-8-sig" if number == 1 else "utf-8"))
                except UnicodeDecodeError as err:
                    decoded.append(_decode_cp1252(line))
                    notes.append(LoadError(path, f"line {number}: not valid UTF-8 ({err.reason} at byte "
                                                 f"{err.start} of the line); that line decoded as cp1252",
                                           severity="warning"))
            text = "\n".join(decoded)
    if "\x00" in text:
        nuls = text.count("\x00")
        if nuls > 0.05 * len(text):
            raise LoadError(path, "binary file (contains NUL bytes), not a table")
        first = text[: text.index("\x00")].count("\n") + 1
        notes.append(LoadError(path, f"{nuls} NUL byte(s) removed (first on line {first})", severity="warning"))
        text = text.replace("\x00", "")
    if _control_ratio(text) > 0.05:
        raise LoadError(path, "binary or unknown encoding, not a table")
    return text


def _iter_records(path: Path, settings: LoadSettings | None = None,
                  notes: list[LoadError] | None = None) -> Iterator[tuple[int, dict | LoadError]]:
    """``(number, record)`` for each row (CSV row number, JSON Lines line number); a row that
    cannot be read comes as a :class:`LoadError` in its place, and reading goes on."""
    settings = settings or LoadSettings()
    notes = notes if notes is not None else []
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        import sys

        limit = min(CSV_FIELD_LIMIT, sys.maxsize)
        if csv.field_size_limit() < limit:
            csv.field_size_limit(limit)
        text = decode_table_bytes(read_bytes(path, max_bytes=10**12), path, notes)
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter="\t" if suffix == ".tsv" else ",")
        number, failures = 0, 0
        while True:
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as err:
                number += 1
                failures += 1
                yield number, LoadError(f"{path}#{number}", f"unreadable CSV row near line {reader.line_num} ({err})")
                if failures > 1000:
                    yield number, LoadError(path, "more than 1,000 unreadable rows; the rest of the file was not read")
                    return
                continue
            number += 1
            yield number, record
    elif suffix in (".jsonl", ".ndjson"):
        data = read_bytes(path, max_bytes=10**12)
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            lines: Iterable[bytes | str] = decode_table_bytes(data, path, notes).split("\n")
        else:
            lines = data.split(b"\n")
        for number, line in enumerate(lines, 1):
            if isinstance(line, bytes):
                try:
                    line = line.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as err:
                    line = _decode_cp1252(line)
                    notes.append(LoadError(f"{path}#{number}", f"line {number}: not valid UTF-8 ({err.reason}); "
                                                               "that line decoded as cp1252", severity="warning"))
            line = line.replace("\x00", "")
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as err:
                reason = err.msg if isinstance(err, json.JSONDecodeError) else "nested too deeply"
                yield number, LoadError(f"{path}#{number}", f"line {number}: invalid JSON ({reason}); line skipped")
                continue
            if not isinstance(value, dict):
                yield number, LoadError(f"{path}#{number}", f"line {number}: a JSON object expected, "
                                                            f"not {type(value).__name__}; line skipped")
                continue
            yield number, value
    elif suffix == ".json":
        try:
            data = json.loads(decode_table_bytes(read_bytes(path, max_bytes=10**12), path, notes))
        except json.JSONDecodeError as err:
            raise LoadError(path, f"invalid JSON ({err.msg} at line {err.lineno})") from None
        except RecursionError:
            raise LoadError(path, "invalid JSON (nested too deeply)") from None
        if isinstance(data, dict):
            data = next((v for v in data.values() if isinstance(v, list)), [data])
        if not isinstance(data, list):
            raise LoadError(path, f"a JSON list of objects expected, not {type(data).__name__}")
        for number, value in enumerate(data, 1):
            if isinstance(value, dict):
                yield number, value
            else:
                yield number, LoadError(f"{path}#{number}", f"item {number}: a JSON object expected, "
                                                            f"not {type(value).__name__}")
    elif suffix == ".parquet":
        import pyarrow.parquet as pq

        _check_regular(path)
        try:
            table = pq.ParquetFile(path)
        except Exception as err:  # noqa: BLE001 - pyarrow raises many kinds for a damaged file
            raise LoadError(path, f"not a readable Parquet file ({_one_line(err)})") from None
        number = 0
        try:
            for batch in table.iter_batches(batch_size=2048):
                for record in batch.to_pylist():
                    number += 1
                    yield number, record
        except Exception as err:  # noqa: BLE001
            yield number + 1, LoadError(path, f"damaged Parquet file after row {number} ({_one_line(err)}); "
                                              "the rows before it were read")


def _check_regular(path: Path) -> None:
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        raise LoadError(path, f"cannot read file ({err.strerror or err})") from None
    if not stat.S_ISREG(mode):
        raise LoadError(path, f"{_kind_of(mode)}, not a file; not read")


def decide_dayfirst(values: Iterable[object]) -> tuple[bool, str]:
    """Day-first or month-first for a whole date column, from every value in it, and a note
    when the column cannot tell or mixes both.

    >>> decide_dayfirst(["05/04/2019", "25/04/2019"])
    (True, '')
    >>> decide_dayfirst(["05/04/2019"])[0], bool(decide_dayfirst(["05/04/2019"])[1])
    (False, True)
    """
    from communique.text.dates import dayfirst_evidence

    counts = {"day": 0, "month": 0, "either": 0}
    for value in values:
        kind = dayfirst_evidence(value)
        if kind:
            counts[kind] += 1
    if counts["day"] and counts["month"]:
        dayfirst = counts["day"] >= counts["month"]
        return dayfirst, (f"the date column mixes day-first ({counts['day']}) and month-first ({counts['month']}) "
                          f"rows; ambiguous ones read {'day' if dayfirst else 'month'} first (set --dayfirst)")
    if counts["day"]:
        return True, ""
    if counts["month"]:
        return False, ""
    if counts["either"]:
        return False, (f"{counts['either']} date(s) such as 05/04/2019 could be day or month first; "
                       "read as month first (set --dayfirst yes if they are day first)")
    return False, ""


def _column_values(path: Path, column: str, settings: LoadSettings) -> Iterator[object]:
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        try:
            yield from pq.read_table(path, columns=[column]).column(column).to_pylist()
        except Exception:  # noqa: BLE001 - damaged: the rows are reported when read
            return
        return
    for _, record in _iter_records(path, settings, []):
        if isinstance(record, dict):
            yield record.get(column)


def _is_frame(value: object) -> bool:
    """A pandas DataFrame (checked without importing pandas)."""
    return type(value).__name__ == "DataFrame" and hasattr(value, "to_dict") and hasattr(value, "columns")


def load_table(
    path: str | os.PathLike,
    *,
    columns: Mapping[str, str] | None = None,
    errors: list[LoadError] | None = None,
    settings: LoadSettings | None = None,
) -> Iterator[Article]:
    """Stream articles from a CSV/TSV/JSON/JSON Lines/Parquet table (or a pandas DataFrame), one per row.

    The article text is the title, a blank line, and the text column (either may be absent).
    A row that cannot be used (no text, malformed, too large) is recorded as an error
    (``path#row``; the line number for JSON Lines) and the others are read. The day/month
    order of dates is decided from every row of the date column (or ``settings.dayfirst``).
    """
    frame = path if _is_frame(path) else None  # a DataFrame's rows are read as a file's
    path = Path("DataFrame") if frame is not None else Path(path)
    settings = settings or LoadSettings()
    notes: list[LoadError] = []

    def record_error(err: LoadError) -> None:
        if errors is None:
            if err.severity == "warning":
                return
            raise err
        errors.append(err)

    def flush_notes() -> None:
        while notes:
            record_error(notes.pop(0))

    records = (enumerate(frame.to_dict("records"), start=1) if frame is not None
               else _iter_records(path, settings, notes))
    first = None
    for number, record in records:
        if isinstance(record, LoadError):
            record_error(record)
            continue
        first = (number, record)
        break
    flush_notes()
    if first is None:
        raise LoadError(path, "table has no rows")
    available = [str(k) for k in first[1]]
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
    dayfirst = bool(settings.dayfirst)
    if date_col and settings.dayfirst is None:
        values = frame[date_col].tolist() if frame is not None else _column_values(path, date_col, settings)
        dayfirst, note = decide_dayfirst(values)
        if note:
            record_error(LoadError(path, f"column {date_col!r}: {note}", severity="warning"))
    from communique.text.dates import parse_date_cell

    for row_number, record in itertools.chain([first], records):
        flush_notes()
        row_ref = f"{path}#{row_number}"
        if isinstance(record, LoadError):
            record_error(record)
            continue
        title = _clean_cell(record.get(title_col)) if title_col else ""
        body = _clean_cell(record.get(text_col)) if text_col else ""
        if not title and not body:
            record_error(LoadError(row_ref, "row has no title and no text"))
            continue
        size = len(title) + len(body)
        if size > settings.max_bytes:
            record_error(LoadError(row_ref, f"row text too large ({size:,} characters > max_bytes={settings.max_bytes:,})"))
            continue
        published, precision = None, ""
        if date_col:
            raw = record.get(date_col)
            published, precision, note = parse_date_cell(raw, dayfirst=dayfirst)
            if published is None and _clean_cell(raw):
                record_error(LoadError(row_ref, f"unparsable or impossible date {_clean_cell(raw)[:40]!r}"
                                                + (f" ({note})" if note else "") + "; publication date unknown",
                                       severity="warning"))
            elif note:
                record_error(LoadError(row_ref, f"date: {note}", severity="warning"))
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
            date_precision=precision if published else "",
            meta=meta,
            has_title_line=bool(title),
        )
        yield article
    flush_notes()


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
