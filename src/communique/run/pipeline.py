"""``communique run``: load the inputs once, then run each analysis stage into one folder.

The inputs are read once, in batches, into numbered Parquet shards (:mod:`communique.run.shards`);
``ctx.documents`` keeps one metadata row per document, never the texts. A stage is a module in
:mod:`communique.run.stages` meeting :class:`communique.run.context.Stage`: it maps per-shard functions over
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

import functools
import gc
import importlib
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from communique.run.context import RunContext, prepare_drawer
from communique.run.options import RunOptions, selected_stages
from communique.text.corpus import LoadError

if TYPE_CHECKING:
    from communique.run.context import Stage

CACHE_FOLDER = ".cache"


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
        ctx.wait_figures()  # figures restored from the cache may be written again: in order
    ctx.incomplete.clear()
    tables_before = dict(ctx.tables)
    summary_before = dict(ctx.summary)
    first_output = len(ctx.outputs)
    module: Stage = importlib.import_module(f"communique.run.stages.{name}")
    module.run(ctx)
    if key is None or cache is None:
        return
    ctx.wait_figures()  # the cache keeps the stage's files
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
    from communique.run.engine import fewer_collections, one_blas_thread
    from communique.run.safety import raise_pending
    from communique.run.staging import RunLock, Staging

    stages = selected_stages(options.only)
    inputs = [Path(p) for p in inputs]
    cache_dir = check_run(inputs, options)
    with RunLock(options.out):
        staging = Staging(options.out)
        try:
            with one_blas_thread(), fewer_collections():
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
    from communique.run.engine import Runner, traced
    from communique.run.manifest import input_files
    from communique.run.safety import ConfigError, StageError

    started = time.perf_counter()
    if "freq" in stages:
        # The keyness reference's library, imported while few modules are loaded: wordfreq finds
        # its data folder with inspect.stack(), which looks up the module of every frame among
        # all loaded modules (0.25 s once pandas, scikit-learn and NLTK are in, 0.1 s now).
        try:
            import wordfreq  # noqa: F401
        except ImportError:  # pragma: no cover - a dependency
            pass
    loading = load_settings(options, cache_dir)
    files = input_files(inputs, loading)
    errors: list[LoadError] = []
    ctx = RunContext(documents=None, errors=errors, options=options, inputs=[str(p) for p in inputs],
                     cache=Cache(cache_dir, outputs=options.out) if options.cache else None, staging=staging)
    ctx.corpus_key = digest({
        "inputs": [[f.path, f.sha256] for f in files],
        "date": options.date,
        "versions": library_versions(),
        # NLTK data matters only to analyses that ask for it by name (freq.reference=brown); the key
        # looks for it only then (the look-up imports nltk: 1.4 s of a seed run)
        "nltk_data": nltk_data_found() if (options.params or {}).get("freq", {}).get("reference") == "brown" else {},
        "loading": [loading.max_bytes, loading.follow_symlinks, loading.dayfirst],
    })
    ctx.runner = Runner(options.engine, options.jobs, options.scheduler, warm=warm_up)
    # The drawer starts now, while loading keeps this process alone on one core (when a stage draws),
    # forked after the imports the loading needs here too, which it inherits (0.4 CPU-s less)
    if set(stages) & DRAWING_STAGES:
        import pandas  # noqa: F401
        import pyarrow.parquet  # noqa: F401

        ctx.runner.start_drawing(prepare_drawer)
    _start_early(ctx, inputs, stages, loading)
    scratch = None
    try:
        if options.cache:
            shard_dir = cache_dir / "shards" / f"{ctx.corpus_key[:32]}-b{options.batch_size}"
        else:  # no cache: shards live for this run only
            import tempfile

            scratch = tempfile.TemporaryDirectory(prefix="communique-shards-")
            shard_dir = Path(scratch.name) / "shards"
        # What is loaded so far (the libraries and this module's imports) lives as long as the run, and
        # so does what the loading imports (NLTK for the stems, lemminflect's tables): the collector's
        # passes during those imports walked every object loaded before them (0.2 CPU-s of a seed run)
        gc.freeze()
        try:
            with traced("loading"):
                ctx.shards, ctx.documents = _prepare(ctx, inputs, shard_dir, loading)
        except ConfigError:
            raise
        except Exception as err:
            raise StageError("loading", getattr(err, "communique_item", ""), err) from err
        ctx.timings["loading"] = time.perf_counter() - started
        if options.show_progress():
            print(f"communique: loaded {ctx.n_documents:,} document(s) in {ctx.timings['loading']:.1f} s",
                  file=sys.stderr, flush=True)
        # What the loading imported and made (modules, the documents table) lives as long as the
        # run: the cyclic collector need not walk it again (once in a seed run: 0.3 CPU-s). Later
        # stages are not frozen: they may leave cycles (figures with one job) still to collect.
        if len(ctx.shards) > 1:  # frozen garbage is never freed: a large corpus's loading is
            gc.collect()  # collected first (a small part of its time)
        gc.freeze()
        _run_stages(ctx, stages)
        try:
            with traced("finish"):
                return _finish(ctx, inputs, files)  # before the scratch shards go: the report reads their texts
        except Exception as err:
            raise StageError("report", "", err) from err
    except BaseException:
        ctx.runner.terminate()  # an interrupt or a failure: do not wait for the workers
        raise
    finally:
        gc.unfreeze()  # a caller's process (a notebook, the tests) collects as before
        ctx.runner.close()
        if scratch is not None:
            scratch.cleanup()


DRAWING_STAGES = frozenset({"freq", "topics", "timeline"})  # the stages that save figures


def _start_early(ctx: RunContext, inputs: Sequence[Path], stages: list[str], loading) -> None:
    """Inputs of one batch (a few documents) with a pool and no cache to restore from: the stages'
    ``early(ctx, articles)`` start their work before the loading (``articles()`` gives the batch's
    articles as its shard will, in a process of the stage's own, :meth:`Runner.aside`): this
    process loads and tokenises alone meanwhile (its imports, scikit-learn's among them, take most of
    that), while a larger corpus's loading keeps every worker busy."""
    from communique.run.shards import batch_articles, plan_batches

    options = ctx.options
    if ctx.runner is None or not ctx.runner.has_pool or not (ctx.cache is None or options.force):
        return
    modules = [importlib.import_module(f"communique.run.stages.{name}") for name in stages]
    if not any(hasattr(module, "early") for module in modules):
        return
    batches = plan_batches(inputs, batch_size=options.batch_size, date=options.date, errors=[], settings=loading)
    first = next(batches, None)
    if first is None or next(batches, None) is not None:
        return
    articles = functools.partial(batch_articles, first, date=options.date, settings=loading)
    for module in modules:
        if hasattr(module, "early"):
            module.early(ctx, articles)

# A text of our own that touches every table the per-shard work loads (tokens, lemmas, tone,
# timexes, actors, triggers), analysed once before a process pool forks.
WARM_UP_TEXT = ("Russia and China signed a trade agreement in Beijing on Monday, 3 March 2014.\n\n"
                "The president said the talks were a great success and would resume next week.")


def warm_up() -> None:
    """Before a process pool forks: import the libraries and load the tables that every worker
    needs by analysing :data:`WARM_UP_TEXT`, so that workers inherit them instead of each
    loading them again."""
    import pyarrow.parquet  # noqa: F401

    from communique.events import warm_up as compile_events
    from communique.events.extract import extract_events_many
    from communique.text.corpus import article_from_text
    from communique.text.tokens import tokenise_many
    from communique.words.tone import sentence_tone

    article = article_from_text(WARM_UP_TEXT, doc_id="warm-up", has_title_line=False)
    tokens = tokenise_many([article])
    sentence_tone([article], tokens=tokens)
    extract_events_many([article])
    compile_events()  # the patterns that text did not reach (each worker compiled them again, 1 CPU-s)


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

    def progress(results, total=None, weight=None):
        return ctx.progress(results, desc="loading and tokenising", unit="doc", total=total, weight=weight)

    return prepare_shards(inputs, shard_dir, runner=ctx.runner, date=options.date, batch_size=options.batch_size,
                          errors=ctx.errors, reuse=not options.force, progress=progress, settings=loading)


def _run_stages(ctx: RunContext, stages: list[str]) -> None:
    from communique.run.cache import digest
    from communique.run.engine import release_memory, traced
    from communique.run.safety import ConfigError, StageError, raise_pending

    options = ctx.options
    ctx.out.mkdir(parents=True, exist_ok=True)
    parameters = options.parameters()
    if "topics" in stages:  # (freq's first pass also counts the names of the documents topics will model)
        topics_stage = importlib.import_module("communique.run.stages.topics")
        ctx.prefetched["topics sample"] = functools.partial(topics_stage.modelled_sample, ctx)
    for number, name in enumerate(stages):
        key = digest({"corpus": ctx.corpus_key, "stage": name, "before": stages[:number],
                      "parameters": {k: v for k, v in parameters.items() if k != "only"}})
        if options.show_progress():
            print(f"communique: stage {number + 1}/{len(stages)}: {name}", file=sys.stderr, flush=True)
        # Later stages' per-shard work that needs nothing from this one starts in the pool's
        # background now (Runner.background: in stage order, only on workers this stage leaves
        # idle), so the workers are busy while this stage combines, writes or fits in this process.
        following = stages[number + 1:]
        if following and ctx.runner is not None and ctx.runner.has_pool and (ctx.cache is None or options.force):
            for later_name in following:
                later = importlib.import_module(f"communique.run.stages.{later_name}")
                if hasattr(later, "prefetch"):
                    later.prefetch(ctx)
        started = time.perf_counter()
        raise_pending()
        try:
            with traced(f"stage {name}"):
                _run_stage(ctx, name, key if ctx.cache is not None else None)
        except ConfigError:
            raise
        except Exception as err:
            raise StageError(name, getattr(err, "communique_item", ""), err) from err
        ctx.timings[name] = time.perf_counter() - started
        if options.show_progress():
            print(stage_line(ctx, name, stages[number + 1:]), file=sys.stderr, flush=True)
        release_memory()  # a stage's large intermediate tables are gone: keep the resident size low (no
        # gc.collect: their frames hold no reference cycles, and a full collection costs 0.3 s a stage)


def stage_line(ctx: RunContext, name: str, remaining: Sequence[str]) -> str:
    """``freq done in 12.3 s, elapsed 40 s, about 30 s left``: the time left is the mean time of
    the stages that ran (not restored from the cache) on this corpus, times the stages to come."""
    took = ctx.timings.get(name, 0.0)
    elapsed = sum(ctx.timings.values())
    ran = [ctx.timings[s] for s in ctx.timings if s not in ("loading", "report") and s not in ctx.cached_stages]
    line = f"communique: {name} {'restored' if name in ctx.cached_stages else 'done'} in {took:.1f} s, elapsed {elapsed:.0f} s"
    if remaining and ran:
        line += f", about {sum(ran) / len(ran) * len(remaining):.0f} s left ({len(remaining)} stage(s))"
    elif not remaining:
        line += ", all stages done"
    return line


def _finish(ctx: RunContext, inputs: Sequence[Path], files) -> RunContext:
    """Errors table, report and the manifest (outputs of an earlier run that this run no longer
    writes are removed when the run commits, :mod:`communique.run.staging`)."""
    from communique.run.manifest import MANIFEST_NAME, build_manifest, manifest_text
    from communique.output import atomic_write_text

    options, errors = ctx.options, ctx.errors
    stages = selected_stages(options.only)
    if options.report and ctx.pending_figures:
        from communique.run.report import prepare_report

        prepare_report(ctx)  # while the drawer finishes, not after it
    ctx.wait_figures()  # the report shows them, the manifest hashes them
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

    from communique.run.options import reproduce_command

    manifest = build_manifest(inputs=[str(p) for p in inputs], files=files, parameters=parameters,
                              stages=stages, outputs=ctx.outputs, out=ctx.out, summary=ctx.summary,
                              errors=errors, command=shlex.split(reproduce_command(ctx.options, ctx.inputs)))
    ctx.outputs.append(atomic_write_text(ctx.out / MANIFEST_NAME, manifest_text(manifest)))
    return ctx
