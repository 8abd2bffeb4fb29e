"""Where per-batch work runs: in this process, on a local process pool, or on a Dask cluster.

:class:`Runner` maps a top-level (picklable) function over batches and yields the results **in
the order of the batches**, whatever order they finish in, so every combined result is the same
for any engine and number of jobs. At most ``2 * jobs`` batches are in flight, so memory stays
bounded however many batches there are. One runner serves a
whole ``communique run``, so the pool or cluster starts once. :meth:`Runner.background` calls
(work a later stage needs) go to the pool only as workers fall idle, so they never delay the
current stage's calls; ``$COMMUNIQUE_TRACE`` (:func:`traced`) records every call per process.

- ``engine="local"``, ``jobs=1``: plain loop in this process (no pickling);
- ``engine="local"``, ``jobs>1``: :class:`concurrent.futures.ProcessPoolExecutor` (fork on Linux);
- ``engine="dask"``: each batch is a task (``Client.submit``) on a ``dask.distributed`` cluster:
  ``scheduler`` names one (``tcp://host:8786``), otherwise a ``LocalCluster`` of ``jobs``
  single-threaded worker processes on loopback starts. (Windows of ``dask.bag`` partitions, the
  first design, left workers idle while each window's slowest batch finished.)

>>> with Runner(jobs=1) as runner:
...     list(runner.map(len, [[1, 2], [3]]))
[2, 1]
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal

EngineName = Literal["local", "dask"]
_NONE = object()  # no batch (iterators may yield None)
ENGINES: tuple[str, ...] = ("local", "dask")


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


# What BLAS and OpenMP libraries read when they load: one thread each.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
                         "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run the body with one BLAS/OpenMP thread per process (forked workers inherit it).

    A run already uses every core with its own processes; a BLAS pool of two threads per
    process on two busy cores made the topic model's LAPACK calls about 5x slower. Variables the
    user set are kept; libraries not loaded yet read the variables when they load, loaded ones
    are limited through threadpoolctl (scikit-learn's dependency) and restored afterwards.
    """
    saved = {name: os.environ.get(name) for name in BLAS_THREAD_VARIABLES}
    for name in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(name, "1")
    with contextlib.ExitStack() as stack:
        if "numpy" in sys.modules and saved["OPENBLAS_NUM_THREADS"] is None:
            try:
                from threadpoolctl import threadpool_limits
            except ImportError:  # pragma: no cover - scikit-learn brings it
                pass
            else:
                stack.enter_context(threadpool_limits(limits=1))
        try:
            yield
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


@contextlib.contextmanager
def fewer_collections(threshold: int = 50_000) -> Iterator[None]:
    """Run the body with the cyclic garbage collector's first generation collected every
    ``threshold`` allocations instead of 700 (forked workers inherit it; restored afterwards).

    A run allocates millions of small objects (token strings, tuples, table cells) and frees few
    cycles: at the default, the collector walked the young objects over and over, 5-15% of the
    tokens and tone time. Memory is reclaimed as before (reference counting frees nearly all)."""
    import gc

    saved = gc.get_threshold()
    gc.set_threshold(max(threshold, saved[0]), *saved[1:])
    try:
        yield
    finally:
        gc.set_threshold(*saved)


def release_memory(collect: bool = False) -> None:
    """Give memory freed by Python back to the operating system (glibc keeps freed heap pages
    otherwise, so the resident size of a long run only ever grows); ``collect`` first frees
    reference cycles (slow in a process with many objects). A no-op beyond glibc."""
    import ctypes
    import gc

    if collect:
        gc.collect()
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):  # pragma: no cover - not glibc
            pass


TRACE_VARIABLE = "COMMUNIQUE_TRACE"


def _label(func: Callable[..., Any]) -> str:
    """A call's name in the trace (a partial's function)."""
    inner = getattr(func, "func", func)
    return getattr(inner, "__qualname__", getattr(inner, "__name__", repr(inner)))


@contextlib.contextmanager
def traced(label: str) -> Iterator[None]:
    """Append one line ``{"pid", "label", "start", "end", "cpu"}`` (JSON) to the file named by
    ``$COMMUNIQUE_TRACE`` for the body, when that variable is set: a timeline of what each
    process of a run did and when (``benchmarks/trace_run.py`` draws it). Otherwise nothing."""
    path = os.environ.get(TRACE_VARIABLE)
    if not path:
        yield
        return
    import json
    import time

    start, cpu = time.time(), time.process_time()
    try:
        yield
    finally:
        line = json.dumps({"pid": os.getpid(), "label": label, "start": start, "end": time.time(),
                           "cpu": time.process_time() - cpu})
        with open(path, "a", encoding="utf-8") as file:  # one short append: lines of processes do not mix
            file.write(line + "\n")


def _traced_call(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``func(*args, **kwargs)``, :func:`traced` by its name."""
    with traced(_label(func)):
        return func(*args, **kwargs)


def _call(func: Callable[..., Any], batch: Any, kwargs: dict) -> Any:
    """Run one batch in a worker, then release what it freed before the next batch comes."""
    try:
        with traced(_label(func)):
            return func(batch, **kwargs)
    finally:
        release_memory()


def _trace_process(started: float) -> None:
    """At a worker's exit: its whole CPU time (the calls' and what ran between them) in the trace."""
    import json
    import time

    path = os.environ.get(TRACE_VARIABLE)
    if path:
        times = os.times()
        line = json.dumps({"pid": os.getpid(), "label": "process", "start": started, "end": time.time(),
                           "cpu": times.user + times.system})
        with open(path, "a", encoding="utf-8") as file:
            file.write(line + "\n")


def _die_with_parent() -> None:
    """In a pool worker: ask Linux to kill this process when its parent dies, so that a killed
    run leaves no orphan workers behind (elsewhere the pool's own shutdown has to do)."""
    import ctypes
    import signal

    if os.environ.get(TRACE_VARIABLE):
        import time
        from multiprocessing.util import Finalize

        Finalize(None, _trace_process, args=(time.time(),), exitpriority=10)  # run as the worker exits

    # Ctrl-C reaches the whole process group: the parent alone handles it (and stops the pool),
    # so workers print no tracebacks of their own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker must not inherit the parent's handler
    if hasattr(signal, "pthread_sigmask"):  # the parent forked with both blocked (see Runner._submit)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - unusual libc
            pass


def _single_process_pool():
    """A pool of one worker process, forked (where there is fork) from this process on its first call."""
    import concurrent.futures as cf
    import multiprocessing

    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    return cf.ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_die_with_parent)


class Runner:
    """Run functions over batches on one engine; use as a context manager (see module doc)."""

    def __init__(self, engine: EngineName = "local", jobs: int | None = None, scheduler: str | None = None,
                 warm: Callable[[], Any] | None = None, drawers: int = 2) -> None:
        if engine not in ENGINES:
            raise ValueError(f"unknown engine {engine!r}; choose {' or '.join(ENGINES)}")
        if jobs is not None and jobs < 1:
            raise ValueError(f"jobs must be 1 or more (got {jobs})")
        if scheduler and engine != "dask":
            raise ValueError("a scheduler address needs engine 'dask'")
        self.engine = engine
        self.jobs = jobs or default_jobs()
        self.scheduler = scheduler
        self.warm = warm  # run once before the pool forks, so workers inherit what it loaded
        self._pool = None
        self.drawers = max(1, min(drawers, self.jobs))  # processes of draw()
        self._drawer: list = []  # one single-process pool per drawer
        self._queued: list[list] = []  # per drawer, its futures not known to be done
        self._drawn: list = []  # futures of draw() calls not waited for yet
        self._aside: list = []  # the single-process pools of aside() calls
        self._client = None
        self._cluster = None
        import threading

        self._lock = threading.Lock()  # the pool's callbacks run in its manager thread
        self._waiting: deque[tuple[Any, Callable[..., Any], tuple]] = deque()  # background calls not on the pool yet
        self._busy = 0  # calls on the pool not done yet

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the pool or the Dask client (and the local cluster this runner started)."""
        self.wait_drawn()
        for drawer in self._drawer:  # joined here, not at interpreter exit (past the run's
            drawer.shutdown(wait=True)  # signal handlers, where a SIGTERM would kill it silently)
        self._drawer, self._queued = [], []
        for pool in self._aside:
            pool.shutdown(wait=True)
        self._aside = []
        self._cancel_waiting()
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def _cancel_waiting(self) -> None:
        """Drop the background calls no worker took (their futures are cancelled)."""
        with self._lock:
            waiting, self._waiting = list(self._waiting), deque()
        for future, _, _ in waiting:
            future.cancel()

    def terminate(self) -> None:
        """Stop at once (after an interrupt or a failure): kill the pool's workers, then close."""
        # The drawer's futures are the pool's own: its shutdown cancels those not started (a future
        # cancelled here instead stays listed in the pool, which sets an error on it when its process
        # is killed: InvalidStateError in the pool's thread)
        self._drawn = []
        self._cancel_waiting()
        pools = [pool for pool in (*self._drawer, *self._aside, self._pool) if pool is not None]
        for pool in pools:
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                try:
                    process.terminate()
                except (OSError, AttributeError):  # pragma: no cover - already gone
                    pass
            pool.shutdown(wait=False, cancel_futures=True)
        for pool in pools:
            # Each pool's manager thread closes its wake-up pipe as it finishes; the interpreter's exit
            # hook writes to that pipe unlocked (Python 3.11), so a thread still closing it made "Bad file
            # descriptor" tracebacks after an interrupt. Its processes are gone: it finishes at once.
            manager = getattr(pool, "_executor_manager_thread", None)
            if manager is not None and manager.is_alive():
                manager.join(timeout=5)
        self._pool, self._drawer, self._queued, self._aside = None, [], [], []
        self.close()

    @property
    def serial(self) -> bool:
        return self.engine == "local" and self.jobs == 1

    def describe(self) -> str:
        """How work runs, for logs and the report ("2 processes", "dask at tcp://...")."""
        if self.engine == "dask":
            return f"dask at {self.scheduler}" if self.scheduler else f"dask LocalCluster, {self.jobs} workers"
        return "1 process" if self.jobs == 1 else f"{self.jobs} processes"

    @property
    def has_pool(self) -> bool:
        """Whether :meth:`submit` runs work in another process (a local pool of 2+ jobs)."""
        return self.engine == "local" and self.jobs > 1

    def submit(self, func: Callable[..., Any], *args: Any) -> Any:
        """``func(*args)`` on a pool worker (a future) when :attr:`has_pool`, else now (a done future)."""
        import concurrent.futures as cf

        if self.has_pool:
            from communique.run.safety import signals_deferred

            # No warm-up for a pool that starts here: one task (the seed's events) would wait for it,
            # and a worker loads what that task needs as fast as this process would.
            pool = self._local_pool(warm=False)
            with signals_deferred():  # submit may fork workers (see _map_pool)
                return self._on_pool(pool, _traced_call, func, *args)
        done: cf.Future = cf.Future()
        try:
            done.set_result(_traced_call(func, *args))
        except Exception as err:  # raised where the result is asked for, as a pool's would be
            done.set_exception(err)
        return done

    def _on_pool(self, pool: Any, *call: Any) -> Any:
        """``pool.submit(*call)``, counted among the calls the pool is busy with."""
        with self._lock:
            self._busy += 1
        future = pool.submit(*call)
        future.add_done_callback(self._pool_call_done)
        return future

    def _pool_call_done(self, _future: Any) -> None:
        with self._lock:
            self._busy -= 1
        self._feed()

    def background(self, func: Callable[..., Any], *args: Any) -> Any:
        """``func(*args)`` on the pool when a worker has nothing else to do (a future), when
        :attr:`has_pool`; else now (a done future). For work a later stage needs: it runs while
        this process works alone (combining, writing tables), never ahead of the pool's other
        calls (:meth:`submit`, :meth:`map`), which are handed to the pool at once; background
        calls go one per idle worker, in the order they came. :meth:`gather` runs here the
        ones no worker took yet."""
        import concurrent.futures as cf

        if not self.has_pool:
            return self.submit(func, *args)
        future: cf.Future = cf.Future()
        with self._lock:
            self._waiting.append((future, func, args))
        self._local_pool(warm=False)
        self._feed()
        return future

    def _feed(self) -> None:
        """Hand waiting background calls to idle workers (from this thread or the pool's)."""
        from communique.run.safety import signals_deferred

        while True:
            with self._lock:
                pool = self._pool
                if pool is None or self._busy >= self.jobs or not self._waiting:
                    return
                future, func, args = self._waiting.popleft()
                if not future.set_running_or_notify_cancel():
                    continue
                self._busy += 1
            try:
                with signals_deferred():  # (the first submit forks the workers)
                    inner = pool.submit(_traced_call, func, *args)
            except BaseException as err:  # a pool shut down or broken: the caller sees it
                with self._lock:
                    self._busy -= 1
                future.set_exception(err)
                return
            inner.add_done_callback(lambda done, outer=future: self._background_done(done, outer))

    def _background_done(self, inner: Any, outer: Any) -> None:
        if inner.cancelled():
            outer.set_exception(RuntimeError("a background call was cancelled"))
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())
        self._pool_call_done(inner)

    def _withdraw(self, future: Any) -> bool:
        """Take a background call no worker has taken yet back from the queue."""
        with self._lock:
            for entry in self._waiting:
                if entry[0] is future:
                    self._waiting.remove(entry)
                    return True
        return False

    def start_drawing(self, preload: Callable[[], Any] | None = None) -> None:
        """Fork the first drawer process of :meth:`draw` now (with a pool; else nothing), running
        ``preload`` first: early in a run, while this process still works alone on one core, it
        imports and loads what drawing needs instead of doing it when the first figure comes."""
        if self.has_pool and not self._drawer:
            self._add_drawer(preload)

    def aside(self, func: Callable[..., Any], *args: Any) -> Any:
        """``func(*args)`` (a future) on a process of its own, forked now, when :attr:`has_pool`; else now
        (a done future). For work that can start before the pool's (which forks later, after the imports
        its calls need): a one-batch run's events start while this process still loads and tokenises
        alone, on a core that only the drawer's imports used."""
        if not self.has_pool:
            return self.submit(func, *args)
        from communique.run.safety import signals_deferred

        pool = _single_process_pool()
        self._aside.append(pool)
        with signals_deferred():  # the first submit forks
            return pool.submit(_traced_call, func, *args)

    def _add_drawer(self, preload: Callable[[], Any] | None = None) -> None:
        from communique.run.safety import signals_deferred

        self._drawer.append(_single_process_pool())
        self._queued.append([])
        if preload is not None:
            with signals_deferred():  # the first submit forks
                self._queued[-1].append(self._drawer[-1].submit(preload))
            self._drawn.append(self._queued[-1][-1])

    def draw(self, func: Callable[..., Any], *args: Any) -> Any:
        """``func(*args)`` (a future) in a drawer process when :attr:`has_pool`, else now. A call
        goes to an idle drawer, or to a new one while there are fewer than :attr:`drawers` (at
        most one per job, forked from this process), or else to the one with the fewest calls to run.

        For figures: a figure's bytes depend on its own function and data alone (its SVG ids are
        salted with its name), not on what its process drew before, so any drawer gives the bytes
        of a run with one job (the tests compare them). Processes that draw many figures, not a
        fresh process per figure: each fresh one loaded the fonts and filled matplotlib's caches
        again (1-4 CPU-s of the seed's 8-12)."""
        if not self.has_pool:
            return self.submit(func, *args)
        from communique.run.safety import signals_deferred

        self._queued = [[f for f in queue if not f.done()] for queue in self._queued]
        if len(self._drawer) < self.drawers and all(self._queued):
            self._add_drawer()
        index = min(range(len(self._drawer)), key=lambda i: len(self._queued[i]))
        with signals_deferred():  # the first submit forks
            future = self._drawer[index].submit(_traced_call, func, *args)
        self._queued[index].append(future)
        self._drawn.append(future)
        return future

    def wait_drawn(self) -> None:
        """Wait until every :meth:`draw` call so far is done."""
        import concurrent.futures as cf

        drawn, self._drawn = self._drawn, []
        cf.wait(drawn)

    def gather(self, futures: list[Any], calls: list[tuple[Callable[..., Any], tuple]]) -> list[Any]:
        """The results of ``futures`` (from :meth:`submit`), in order; ``calls[i]`` is the
        ``(func, args)`` of ``futures[i]``. This process does not wait idle meanwhile: from the
        last one back, it runs here each call the pool has not started yet (cancelling it there),
        while the workers take them from the front. The same calls, so the same results."""
        results: list[Any] = [None] * len(futures)
        done = [False] * len(futures)
        for index in range(len(futures) - 1, -1, -1):
            if self._withdraw(futures[index]) or futures[index].cancel():
                func, args = calls[index]
                results[index], done[index] = _traced_call(func, *args), True
        for index, future in enumerate(futures):
            if not done[index]:
                results[index] = future.result()
        return results

    def map_shared(self, func: Callable[[Any], Any], items: Iterable[Any]) -> list[Any]:
        """``[func(item) for item in items]``: with a pool, the items go to the workers and this
        process runs those not started yet (:meth:`gather`); else :meth:`map`.

        >>> with Runner(jobs=2) as runner:
        ...     runner.map_shared(abs, [-1, 2, -3, 4, -5, 6, -7])
        [1, 2, 3, 4, 5, 6, 7]
        """
        items = list(items)
        if not self.has_pool or len(items) < 2:
            return list(self.map(func, items))
        return self.gather([self.submit(func, item) for item in items], [(func, (item,)) for item in items])

    def map(self, func: Callable[..., Any], batches: Iterable[Any], **kwargs: Any) -> Iterator[Any]:
        """``func(batch, **kwargs)`` for each batch, yielded in batch order (a single batch runs in
        this process: a pool would only add a fork and a round trip)."""
        batches = iter(batches)
        first = next(batches, _NONE)
        if first is _NONE:
            return
        second = next(batches, _NONE)
        if self.serial or second is _NONE:
            yield _traced_call(func, first, **kwargs)
            if second is not _NONE:
                yield _traced_call(func, second, **kwargs)
                for batch in batches:
                    yield _traced_call(func, batch, **kwargs)
            return
        batches = itertools.chain((first, second), batches)
        if self.engine == "local":
            yield from self._map_pool(func, batches, kwargs)
        else:
            yield from self._map_dask(func, batches, kwargs)

    def _local_pool(self, warm: bool = True):
        import concurrent.futures as cf
        import multiprocessing

        if self._pool is None:
            if warm and self.warm is not None:
                with traced("warm"):
                    self.warm()
            context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
            self._pool = cf.ProcessPoolExecutor(max_workers=self.jobs, mp_context=context,
                                                initializer=_die_with_parent)
        return self._pool

    def _map_pool(self, func, batches: Iterable[Any], kwargs: dict) -> Iterator[Any]:
        import concurrent.futures as cf

        from communique.run.safety import signals_deferred

        pool = self._local_pool()
        pending: deque[cf.Future] = deque()
        for batch in batches:
            # submit may fork workers: an interrupt inside fork's own handlers would be lost (and
            # printed), so it waits until the fork is done
            with signals_deferred():
                future = self._on_pool(pool, _call, func, batch, kwargs)
            pending.append(future)
            if len(pending) >= 2 * self.jobs:  # bounded memory however large the corpus
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def _connect(self):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as err:  # pragma: no cover - optional dependency
            raise ValueError("engine 'dask' needs dask[distributed]: pip install 'dask[distributed]'") from err
        if self._client is None:
            if self.scheduler:
                try:
                    self._client = Client(self.scheduler, timeout="15s")
                except (OSError, TimeoutError) as err:
                    from communique.run.safety import ConfigError

                    raise ConfigError(f"--scheduler {self.scheduler}: cannot connect ({err})") from None
            else:
                self._cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True,
                                             host="127.0.0.1", dashboard_address=None)
                self._client = Client(self._cluster)
        return self._client

    def _map_dask(self, func, batches: Iterable[Any], kwargs: dict) -> Iterator[Any]:
        client = self._connect()
        slots = max(1, sum(client.nthreads().values()))  # a real cluster may have more than ``jobs``
        pending: deque = deque()
        for batch in batches:
            # pure=False: two equal batches are still two tasks (never deduplicated by key).
            pending.append(client.submit(_call, func, batch, kwargs, pure=False))
            if len(pending) >= 2 * slots:  # bounded memory, and no idle worker at a window's end
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
