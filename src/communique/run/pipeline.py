"""``communique run``: load the inputs once, then run each analysis stage into one folder.

The inputs are read once, in batches, into numbered Parquet shards (:mod:`communique.run.shards`);
``ctx.documents`` keeps one metadata row per document, never the texts. A stage is a module in
:mod:`communique.run.stages` with ``run(ctx: RunContext) -> None``: it maps per-shard functions over
the shards with :meth:`RunContext.map` (in this process, on ``jobs`` processes or on Dask, see
:mod:`communique.run.engine`), combines the small per-shard results in shard order, and writes
figures and tables through the context so that every output is recorded. Results do not depend
on the engine, the number of jobs or the batch size.

Around the stages, :func:`run_analysis` hashes the inputs, reuses cached stage results
(keyed by the inputs' content, the parameters, the code and library versions; see
:mod:`communique.run.cache`), writes ``report.html`` (:mod:`communique.run.report`) and
``manifest.json`` (:mod:`communique.run.manifest`), and removes outputs of an earlier run in the
same folder that this run no longer writes. Nothing is ever written under an input path.
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from communique.text.corpus import Article, LoadError

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

    from communique.run.cache import Cache
    from communique.run.engine import Runner
    from communique.run.shards import Shard

T = TypeVar("T")

# Order matters: later stages may use tables earlier ones left in ``ctx.tables``.
STAGES: tuple[str, ...] = ("tokens", "freq", "topics", "timeline")

CACHE_FOLDER = ".cache"


@dataclass(frozen=True)
class RunOptions:
    """Options of a run (every CLI option of ``communique run``).

    ``cache_dir`` defaults to ``<out>/.cache``; ``progress`` None means "when stderr is a terminal".
    """

    out: Path
    only: tuple[str, ...] | None = None
    date: str | None = None
    top: int = 30
    random_state: int = 0
    quiet: bool = False
    params: dict[str, Any] = field(default_factory=dict, compare=False)
    force: bool = False
    cache: bool = True
    cache_dir: Path | None = None
    report: bool = True
    progress: bool | None = None
    # Where work runs; none of these changes a result, so they are not parameters.
    jobs: int | None = None
    engine: str = "local"
    scheduler: str | None = None
    batch_size: int = 200
    genre: str = "news"  # the timex tagger's reference time (news | narrative | auto)
    # Hostile input (run/safety.py): these shape what is read, so they are parameters.
    follow_symlinks: bool = False
    max_bytes: int = 20_000_000
    dayfirst: str = "auto"  # auto | yes | no

    def parameters(self) -> dict[str, Any]:
        """The options that shape the outputs (recorded in the manifest and in cache keys)."""
        return {
            "only": list(self.only) if self.only else [],
            "date": self.date,
            "top": self.top,
            "seed": self.random_state,
            "genre": self.genre,
            "params": {k: dict(v) if isinstance(v, dict) else v for k, v in sorted(self.params.items())},
            **({"loading": {"follow_symlinks": self.follow_symlinks, "max_bytes": self.max_bytes,
                            "dayfirst": self.dayfirst}}
               if (self.follow_symlinks, self.max_bytes, self.dayfirst) != (False, 20_000_000, "auto") else {}),
        }

    def show_progress(self) -> bool:
        if self.quiet:
            return False
        if self.progress is not None:
            return self.progress
        return bool(getattr(sys.stderr, "isatty", lambda: False)())


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
    staging: Path | None = None  # where outputs are written until the run commits (run/staging.py)

    @property
    def out(self) -> Path:
        return self.staging if self.staging is not None else self.options.out

    @property
    def n_documents(self) -> int:
        return 0 if self.documents is None else len(self.documents)

    def progress(self, items: Iterable[T], *, desc: str, total: int | None = None, unit: str = "doc") -> Iterator[T]:
        """``items`` with a tqdm progress bar on stderr (none when quiet or not a terminal)."""
        if not self.options.show_progress():
            yield from items
            return
        from tqdm.auto import tqdm

        if total is None and hasattr(items, "__len__"):
            total = len(items)  # type: ignore[arg-type]
        bar = tqdm(items, desc=desc, total=total, unit=unit, leave=False, dynamic_ncols=True, file=sys.stderr)
        try:
            yield from bar
        finally:
            bar.close()

    def map(self, func: Any, *, desc: str, **kwargs: Any) -> list[Any]:
        """``func(shard, **kwargs)`` for every shard, in shard order, on the run's engine."""
        return list(self.stream(func, desc=desc, **kwargs))

    def stream(self, func: Any, *, desc: str, **kwargs: Any) -> Iterator[Any]:
        """Like :meth:`map`, but yields each shard's result as soon as it is its turn."""
        from communique.run.engine import Runner

        from communique.run.safety import raise_pending

        runner = self.runner or Runner(jobs=1)
        done = 0
        try:
            for result in self.progress(runner.map(func, self.shards, **kwargs), desc=desc,
                                        total=len(self.shards), unit="batch"):
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
        from communique.plots import save_figure

        self.outputs.extend(save_figure(fig, self.out, name))

    def save_table(self, table: pd.DataFrame, name: str) -> None:
        from communique.output import write_table

        self.outputs.extend(write_table(table, self.out, name))

    def skipped(self) -> list[LoadError]:
        """Inputs that could not be loaded (``errors`` also holds warnings about repaired inputs)."""
        return [e for e in self.errors if getattr(e, "severity", "error") == "error"]

    def figures(self) -> list[str]:
        """Names of the figures written so far, in order."""
        return list(dict.fromkeys(p.stem for p in self.outputs if p.suffix in (".svg", ".png")))

    def written_tables(self) -> list[str]:
        """Names of the tables written so far, in order."""
        return list(dict.fromkeys(p.stem for p in self.outputs if p.suffix in (".csv", ".parquet")))


def selected_stages(only: Sequence[str] | None) -> list[str]:
    """Stage names to run, validated against :data:`STAGES`."""
    if not only:
        return list(STAGES)
    unknown = sorted(set(only) - set(STAGES))
    if unknown:
        from communique.run.safety import ConfigError

        raise ConfigError(f"--only: unknown stage(s) {', '.join(unknown)}; choose from {', '.join(STAGES)}")
    return [name for name in STAGES if name in only]


def _inside(path: Path, inputs: Sequence[Path]) -> Path | None:
    """The input that ``path`` lies in or is, if any."""
    resolved = path.resolve()
    for source in inputs:
        src = source.resolve()
        if resolved == src or (src.is_dir() and src in resolved.parents):
            return source
    return None


def _run_stage(ctx: RunContext, name: str, key: str | None) -> None:
    """Run one stage, or restore its files, tables and summary from the cache."""
    from communique.run.cache import StageResult
    from communique.output import atomic_write_bytes

    cache = ctx.cache
    if key is not None and cache is not None and not ctx.options.force:
        cached = cache.get_stage(key)
        if cached is not None:
            for rel, data in cached.files.items():
                target = ctx.out / rel
                if ctx.out.resolve() not in target.resolve().parents:  # checked by the cache too
                    raise ValueError(f"cached output path {rel!r} leaves the output folder")
                if not (target.is_file() and target.read_bytes() == data):
                    atomic_write_bytes(target, data)
                ctx.outputs.append(target)
            ctx.tables.update(cached.tables)
            ctx.summary.update(cached.summary)
            ctx.cached_stages.append(name)
            if cached.missing:
                ctx.incomplete.append(name)
            cache.hits.append(name)
            return
    # This stage runs: earlier stages restored without their shared objects (a fitted model
    # is never cached) run again first, so that everything they shared is there.
    for earlier in list(ctx.incomplete):
        importlib.import_module(f"communique.run.stages.{earlier}").run(ctx)
    ctx.incomplete.clear()
    tables_before = dict(ctx.tables)
    summary_before = dict(ctx.summary)
    first_output = len(ctx.outputs)
    module = importlib.import_module(f"communique.run.stages.{name}")
    module.run(ctx)
    if key is None or cache is None:
        return
    cache.misses.append(name)
    out = ctx.out.resolve()
    result = StageResult()
    for path in ctx.outputs[first_output:]:
        result.files[Path(path).resolve().relative_to(out).as_posix()] = Path(path).read_bytes()
    result.tables = {k: v for k, v in ctx.tables.items()
                     if k != "tokens" and (k not in tables_before or tables_before[k] is not v)}
    for k, v in ctx.summary.items():
        if k not in summary_before or summary_before[k] is not v:
            result.summary[k] = v
    cache.put_stage(key, result)


def check_run(inputs: Sequence[Path], options: RunOptions) -> Path:
    """Refuse, before any work, folders that would make the run write where it must not
    (:class:`~communique.run.safety.ConfigError`, exit status 2); the cache folder."""
    from communique.run.safety import ConfigError, escape_name

    if not inputs:
        raise ConfigError("no input given (name files or folders, or set inputs in communique.toml)")
    cache_dir = options.cache_dir or options.out / CACHE_FOLDER
    for label, path in (("output folder (--out)", options.out), ("cache folder (--cache-dir)", cache_dir)):
        source = _inside(path, inputs)
        if source is not None and (label.startswith("output") or options.cache):
            raise ConfigError(f"{label} {escape_name(path)} lies inside input {escape_name(source)}; "
                              "choose another (inputs are never written)")
    out = options.out.resolve()
    for source in inputs:
        if source.resolve() == out or out in source.resolve().parents:
            raise ConfigError(f"input {escape_name(source)} lies inside the output folder (--out) "
                              f"{escape_name(options.out)}, whose files a run replaces; move it or choose another --out")
    if options.out.exists() and not options.out.is_dir():
        raise ConfigError(f"--out {escape_name(options.out)} exists and is not a folder")
    return cache_dir


def run_analysis(inputs: Sequence[str | Path], options: RunOptions) -> RunContext:
    """Load ``inputs`` (anything :func:`load_corpus` reads) and run the selected stages.

    The folder is locked for the run, outputs are staged and swapped in only when all of them
    are written (:mod:`communique.run.staging`), so a failed or interrupted run leaves the
    previous outputs complete. A stage that fails raises :class:`~communique.run.safety.StageError`.
    """
    from communique.run.safety import raise_pending
    from communique.run.staging import RunLock, Staging

    stages = selected_stages(options.only)
    inputs = [Path(p) for p in inputs]
    cache_dir = check_run(inputs, options)
    with RunLock(options.out):
        staging = Staging(options.out)
        try:
            ctx = _run_locked(inputs, options, stages, cache_dir, staging.folder)
            raise_pending()  # an interrupt Python could not raise where it arrived
            moved = staging.commit()
        except BaseException:
            staging.discard()
            raise
    ctx.staging = None
    ctx.outputs = [options.out / Path(p).relative_to(staging.folder) if staging.folder in Path(p).parents else Path(p)
                   for p in ctx.outputs]
    assert len(moved) >= 1
    return ctx


def _run_locked(inputs: list[Path], options: RunOptions, stages: list[str], cache_dir: Path,
                staging: Path) -> RunContext:
    from communique.run.cache import Cache, digest, library_versions, nltk_data_found
    from communique.run.engine import Runner
    from communique.run.manifest import input_files
    from communique.run.safety import ConfigError, StageError

    started = time.perf_counter()
    loading = load_settings(options, cache_dir)
    files = input_files(inputs, loading)
    errors: list[LoadError] = []
    ctx = RunContext(documents=None, errors=errors, options=options, inputs=[str(p) for p in inputs],
                     cache=Cache(cache_dir, outputs=options.out) if options.cache else None, staging=staging)
    ctx.corpus_key = digest({
        "inputs": [[f.path, f.sha256] for f in files],
        "date": options.date,
        "versions": library_versions(),
        "nltk_data": nltk_data_found(),
        "loading": [loading.max_bytes, loading.follow_symlinks, loading.dayfirst],
    })
    ctx.runner = Runner(options.engine, options.jobs, options.scheduler)
    scratch = None
    try:
        if options.cache:
            shard_dir = cache_dir / "shards" / f"{ctx.corpus_key[:32]}-b{options.batch_size}"
        else:  # no cache: shards live for this run only
            import tempfile

            scratch = tempfile.TemporaryDirectory(prefix="communique-shards-")
            shard_dir = Path(scratch.name) / "shards"
        try:
            ctx.shards, ctx.documents = _prepare(ctx, inputs, shard_dir, loading)
        except ConfigError:
            raise
        except Exception as err:
            raise StageError("loading", getattr(err, "communique_item", ""), err) from err
        ctx.timings["loading"] = time.perf_counter() - started
        _run_stages(ctx, stages)
    except BaseException:
        ctx.runner.terminate()  # an interrupt or a failure: do not wait for the workers
        raise
    finally:
        ctx.runner.close()
        if scratch is not None:
            scratch.cleanup()
    try:
        return _finish(ctx, inputs, files)
    except Exception as err:
        raise StageError("report", "", err) from err


def load_settings(options: RunOptions, cache_dir: Path):
    """How the run reads its inputs (:class:`~communique.text.corpus.LoadSettings`): never from
    the output or cache folder."""
    from communique.text.corpus import LoadSettings

    return LoadSettings(max_bytes=options.max_bytes, follow_symlinks=options.follow_symlinks,
                        dayfirst={"yes": True, "no": False}.get(options.dayfirst),
                        exclude=(str(options.out.resolve()), str(cache_dir.resolve())))


def _prepare(ctx: RunContext, inputs: Sequence[Path], shard_dir: Path, loading):
    """Read the inputs into shards (or reuse complete shards of the same inputs)."""
    from communique.run.shards import prepare_shards

    options = ctx.options

    def progress(results):
        return ctx.progress(results, desc="loading and tokenising", unit="batch")

    return prepare_shards(inputs, shard_dir, runner=ctx.runner, date=options.date, batch_size=options.batch_size,
                          errors=ctx.errors, reuse=not options.force, progress=progress, settings=loading)


def _run_stages(ctx: RunContext, stages: list[str]) -> None:
    from communique.run.cache import digest
    from communique.run.engine import release_memory
    from communique.run.safety import ConfigError, StageError, raise_pending

    options = ctx.options
    ctx.out.mkdir(parents=True, exist_ok=True)
    parameters = options.parameters()
    for number, name in enumerate(stages):
        key = digest({"corpus": ctx.corpus_key, "stage": name, "before": stages[:number],
                      "parameters": {k: v for k, v in parameters.items() if k != "only"}})
        if options.show_progress():
            print(f"communique: stage {number + 1}/{len(stages)}: {name}", file=sys.stderr, flush=True)
        started = time.perf_counter()
        raise_pending()
        try:
            _run_stage(ctx, name, key if ctx.cache is not None else None)
        except ConfigError:
            raise
        except Exception as err:
            raise StageError(name, getattr(err, "communique_item", ""), err) from err
        ctx.timings[name] = time.perf_counter() - started
        release_memory(collect=True)  # a stage's large intermediate tables are gone: keep the resident size low


def _finish(ctx: RunContext, inputs: Sequence[Path], files) -> RunContext:
    """Errors table, report and the manifest (outputs of an earlier run that this run no longer
    writes are removed when the run commits, :mod:`communique.run.staging`)."""
    from communique.run.manifest import MANIFEST_NAME, build_manifest, manifest_text
    from communique.output import atomic_write_text

    options, errors = ctx.options, ctx.errors
    stages = selected_stages(options.only)
    parameters = options.parameters()
    if errors:
        import pandas as pd

        table = pd.DataFrame({"path": [e.path for e in errors],
                              "severity": [getattr(e, "severity", "error") for e in errors],
                              "reason": [e.reason for e in errors]})
        ctx.save_table(table.sort_values(["path", "severity"], kind="stable"), "errors")
    ctx.summary.setdefault("documents", ctx.n_documents)
    ctx.summary["errors"] = len(ctx.skipped())
    if len(errors) > len(ctx.skipped()):
        ctx.summary["warnings"] = len(errors) - len(ctx.skipped())
    if options.report:
        from communique.run.report import write_report

        started = time.perf_counter()
        ctx.outputs.append(write_report(ctx))
        ctx.timings["report"] = time.perf_counter() - started
    import shlex

    from communique.run.report import reproduce_command

    manifest = build_manifest(inputs=[str(p) for p in inputs], files=files, parameters=parameters,
                              stages=stages, outputs=ctx.outputs, out=ctx.out, summary=ctx.summary,
                              errors=errors, command=shlex.split(reproduce_command(ctx, ctx.inputs)))
    ctx.outputs.append(atomic_write_text(ctx.out / MANIFEST_NAME, manifest_text(manifest)))
    return ctx
