"""What a stage sees: :class:`RunContext`, and the :class:`Stage` contract every stage module meets.

A stage is a module in :mod:`communique.run.stages` with ``run(ctx: RunContext) -> None``. It
reads the documents and shards through the context, maps per-shard functions with
:meth:`RunContext.map`, and writes figures and tables through :meth:`RunContext.save_figure`,
:meth:`RunContext.save_table` and :meth:`RunContext.table_writer`, so that every output is
recorded in ``ctx.outputs`` (the manifest, the report and the cache read it there).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from communique.text.corpus import Article, LoadError

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

    from communique.output import TableWriter
    from communique.run.cache import Cache
    from communique.run.engine import Runner
    from communique.run.options import RunOptions
    from communique.run.shards import Shard

T = TypeVar("T")


class _NoBar:
    """What :meth:`RunContext.bar` yields when progress is off."""

    total: int | None = None
    n: int = 0

    def update(self, n: int = 1) -> None:
        pass

    def refresh(self) -> None:
        pass


class Stage(Protocol):
    """What :func:`communique.run.pipeline.run_analysis` needs of a stage module."""

    def run(self, ctx: RunContext) -> None:
        """Compute the stage's results from ``ctx`` and write them through it."""


# glibc's mallopt parameters, and the size under which a drawer keeps freed memory for reuse.
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_DRAWER_HEAP = 256 << 20


def _keep_freed_memory() -> None:
    """In a drawer process: let glibc reuse the memory of a figure's large arrays (a word cloud's
    images, the rendered canvases) for the next one instead of mapping fresh pages for each and
    returning them when freed (their page faults were 0.1-0.3 s of system time per drawer). A drawer's
    resident size stays at its largest figure's; a no-op beyond glibc."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(_M_MMAP_THRESHOLD, _DRAWER_HEAP)
        libc.mallopt(_M_TRIM_THRESHOLD, _DRAWER_HEAP)
    except (OSError, AttributeError):  # pragma: no cover - not glibc
        pass


def prepare_drawer() -> None:
    """In a drawer process, forked as the run starts: import what unpickling a figure's tables
    (pandas, pyarrow) and drawing need, before the first figure comes."""
    import pandas  # noqa: F401
    import pyarrow  # noqa: F401

    from communique.plots import load_drawing

    _keep_freed_memory()
    load_drawing()


def plot_and_save(func: Callable[..., Figure], args: tuple, kwargs: dict, folder: Path, name: str) -> list[Path]:
    """In a drawer process: make a figure and :func:`communique.plots.save_figure` it."""
    from communique.plots import load_drawing, save_figure

    if "matplotlib.figure" not in sys.modules:  # the drawer's first figure
        _keep_freed_memory()
        load_drawing()
    return save_figure(func(*args, **kwargs), folder, name)


@dataclass
class RunContext:
    """What stages share: document metadata, the shards, cached tables, and the outputs written."""

    documents: pd.DataFrame | None
    errors: list[LoadError]
    options: RunOptions
    outputs: list[Path] = field(default_factory=list)
    tables: dict[str, Any] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)
    cache: Cache | None = None
    corpus_key: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    cached_stages: list[str] = field(default_factory=list)
    inputs: list[str] = field(default_factory=list)
    incomplete: list[str] = field(default_factory=list)  # restored stages whose shared objects were not cached
    shards: list[Shard] = field(default_factory=list)
    runner: Runner | None = None
    prefetched: dict[str, Any] = field(default_factory=dict)  # work a later stage started on the pool early
    pending_figures: list[Any] = field(default_factory=list)  # futures of figures the drawer processes write
    staging: Path | None = None  # where outputs are written until the run commits (run/staging.py)

    @property
    def out(self) -> Path:
        return self.staging if self.staging is not None else self.options.out

    @property
    def n_documents(self) -> int:
        return 0 if self.documents is None else len(self.documents)

    def progress(self, items: Iterable[T], *, desc: str, total: int | None = None, unit: str = "doc",
                 weight: Callable[[T], int] | None = None) -> Iterator[T]:
        """``items`` with a tqdm progress bar on stderr (none when quiet or not a terminal);
        each item ticks ``weight(item)`` (e.g. a batch's documents), else 1."""
        if not self.options.show_progress():
            yield from items
            return
        if total is None and hasattr(items, "__len__"):
            total = len(items)  # type: ignore[arg-type]
        with self.bar(desc=desc, total=total, unit=unit) as bar:
            for item in items:
                bar.update(1 if weight is None else weight(item))
                yield item

    @contextmanager
    def bar(self, *, desc: str, total: int | None = None, unit: str = "doc") -> Iterator[Any]:
        """A tqdm bar on stderr to ``update(n)`` by hand (a do-nothing one when progress is off)."""
        if not self.options.show_progress():
            yield _NoBar()
            return
        from tqdm.auto import tqdm

        bar = tqdm(desc=desc, total=total, unit=unit, leave=False, dynamic_ncols=True, file=sys.stderr)
        bar.refresh()  # the total shows before the first tick
        try:
            yield bar
        finally:
            bar.close()

    def shard_documents(self) -> dict[int, int]:
        """Documents per shard index (what a per-shard bar ticks by)."""
        if self.documents is None or "shard" not in self.documents:
            return {}
        return {int(k): int(v) for k, v in self.documents["shard"].value_counts().items()}

    def map(self, func: Any, *, desc: str, **kwargs: Any) -> list[Any]:
        """``func(shard, **kwargs)`` for every shard, in shard order, on the run's engine."""
        return list(self.stream(func, desc=desc, **kwargs))

    def stream(self, func: Any, *, desc: str, **kwargs: Any) -> Iterator[Any]:
        """Like :meth:`map`, but yields each shard's result as soon as it is its turn."""
        from communique.run.engine import Runner

        from communique.run.safety import raise_pending

        runner = self.runner or Runner(jobs=1)
        done = 0
        per_shard = self.shard_documents()
        if per_shard:  # tick by the documents of each shard, in shard order (results come in that order)
            weights = iter([per_shard.get(s.index, 0) for s in self.shards])
            bar_items = self.progress(runner.map(func, self.shards, **kwargs), desc=desc, unit="doc",
                                      total=sum(per_shard.get(s.index, 0) for s in self.shards),
                                      weight=lambda _: next(weights))
        else:
            bar_items = self.progress(runner.map(func, self.shards, **kwargs), desc=desc,
                                      total=len(self.shards), unit="batch")
        try:
            for result in bar_items:
                raise_pending()
                yield result
                done += 1
        except Exception as err:  # name the files of the failing shard in the one-line error
            if not hasattr(err, "communique_item") and done < len(self.shards):
                err.communique_item = self.shard_files(self.shards[done].index)  # type: ignore[attr-defined]
            raise

    def shard_files(self, index: int) -> str:
        """The inputs in shard ``index``, for messages ("a.txt and 3 more")."""
        if self.documents is None or "shard" not in self.documents:
            return f"batch {index}"
        paths = list(dict.fromkeys(self.documents.loc[self.documents["shard"] == index, "path"]))
        if not paths:
            return f"batch {index}"
        return paths[0] + (f" and {len(paths) - 1} more" if len(paths) > 1 else "")

    def article_stubs(self) -> list[Article]:
        """Articles without text (id, path, title, date): what labels and dates need."""
        from communique.run.shards import article_stubs

        return article_stubs(self.documents)

    def tokens(self, doc_ids: Iterable[str] | None = None) -> pd.DataFrame:
        """The tokens table of the corpus, or of the documents named (reads every shard needed:
        meant for samples and small corpora; streaming stages use :meth:`map` instead)."""
        if doc_ids is None and "tokens" in self.tables:
            return self.tables["tokens"]
        import pandas as pd

        from communique.text.tokens import TOKEN_COLUMNS

        wanted = None if doc_ids is None else set(doc_ids)
        shards = self.shards
        if wanted is not None and self.documents is not None:
            numbers = set(self.documents.loc[self.documents["doc_id"].isin(wanted), "shard"])
            shards = [s for s in shards if s.index in numbers]
        frames = []
        for shard in shards:
            frame = shard.tokens()
            if wanted is not None:
                frame = frame[frame["doc_id"].isin(wanted).to_numpy()]
            if len(frame):
                frames.append(frame)
        table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=TOKEN_COLUMNS)
        if doc_ids is None:
            self.tables["tokens"] = table
        return table

    def save_figure(self, fig: Figure, name: str) -> None:
        """Write ``fig`` as ``name.png`` and ``name.svg`` here (a figure made in this process; stages
        that can hand over the function and its data use :meth:`plot`, drawn in a drawer process)."""
        from communique.plots import save_figure

        self.outputs.extend(save_figure(fig, self.out, name))

    def plot(self, name: str, func: Callable[..., Figure], *args: Any, **kwargs: Any) -> None:
        """:meth:`save_figure` of ``func(*args, **kwargs)``; with a process pool the figure is made
        in a drawer process too (a word cloud's layout, for one, costs as much as its drawing)."""
        if self.runner is not None and self.runner.has_pool:
            from communique.plots import FORMATS

            # matplotlib is imported by the drawer alone: this process never draws
            self.pending_figures.append(self.runner.draw(plot_and_save, func, args, kwargs, self.out, name))
            self.outputs.extend(self.out / f"{name}.{fmt}" for fmt in FORMATS)
            return
        self.save_figure(func(*args, **kwargs), name)

    def wait_figures(self) -> None:
        """Wait until the drawer processes have written every figure saved so far."""
        pending, self.pending_figures = self.pending_figures, []
        if pending and self.runner is not None:
            self.runner.wait_drawn()
        for future in pending:
            future.result()

    def save_table(self, table: pd.DataFrame, name: str) -> None:
        from communique.output import write_table

        self.outputs.extend(write_table(table, self.out, name))

    def table_writer(self, name: str) -> TableWriter:
        """A :class:`~communique.output.TableWriter` for a table written part by part; its files
        are recorded as outputs when it closes (an aborted writer records nothing)."""
        from communique.output import TableWriter

        return TableWriter(self.out, name, on_close=self.outputs.extend)

    def skipped(self) -> list[LoadError]:
        """Inputs that could not be loaded (``errors`` also holds warnings about repaired inputs)."""
        return [e for e in self.errors if getattr(e, "severity", "error") == "error"]

    def figures(self) -> list[str]:
        """Names of the figures written so far, in order."""
        return list(dict.fromkeys(p.stem for p in self.outputs if p.suffix in (".svg", ".png")))

    def written_tables(self) -> list[str]:
        """Names of the tables written so far, in order."""
        return list(dict.fromkeys(p.stem for p in self.outputs if p.suffix in (".csv", ".parquet")))
