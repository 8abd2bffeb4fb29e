"""Runner.background: low-priority calls that fill idle workers, and the COMMUNIQUE_TRACE timeline."""

from __future__ import annotations

import json
import os
import time

import pytest

from communique.run.engine import TRACE_VARIABLE, Runner, traced


def _started_at(seconds: float) -> float:
    """Sleep ``seconds`` and return when the call started."""
    start = time.time()
    time.sleep(seconds)
    return start


def _square(x: int) -> int:
    return x * x


def test_background_without_a_pool_runs_at_once():
    with Runner(jobs=1) as runner:
        future = runner.background(_square, 7)
        assert future.done() and future.result() == 49


def test_background_calls_run_on_idle_workers_and_give_their_results():
    with Runner(jobs=2) as runner:
        futures = [runner.background(_square, n) for n in range(6)]
        assert [f.result(timeout=60) for f in futures] == [n * n for n in range(6)]


def test_foreground_calls_go_ahead_of_waiting_background_calls():
    with Runner(jobs=2) as runner:
        runner.map_shared(_square, [1, 2])  # the workers are up before the timing starts
        background = [runner.background(_started_at, 0.3) for _ in range(6)]
        foreground = list(runner.map(_started_at, [0.0, 0.0]))
        starts = [f.result(timeout=60) for f in background]
    # At most one background call per worker was on the pool when the foreground calls came:
    # they started before the later background calls did.
    assert max(foreground) < sorted(starts)[-1]
    assert sum(start < min(foreground) for start in starts) <= 2


def test_gather_runs_here_the_background_calls_no_worker_took():
    with Runner(jobs=2) as runner:
        busy = [runner.submit(_started_at, 0.5) for _ in range(2)]  # both workers busy
        futures = [runner.background(_square, n) for n in range(5)]
        results = runner.gather(futures, [(_square, (n,)) for n in range(5)])
        assert results == [n * n for n in range(5)]
        assert not any(f.done() for f in futures)  # all ran here, none on the pool
        for future in busy:
            future.result(timeout=60)


def test_close_cancels_waiting_background_calls():
    runner = Runner(jobs=2)
    for _ in range(2):
        runner.submit(_started_at, 0.3)
    waiting = runner.background(_square, 3)
    runner.close()
    assert waiting.cancelled() or waiting.result() == 9


def test_trace_lines_name_each_call_and_its_process(tmp_path, monkeypatch):
    path = tmp_path / "trace.jsonl"
    monkeypatch.setenv(TRACE_VARIABLE, str(path))
    with traced("stage demo"):
        with Runner(jobs=2) as runner:
            assert list(runner.map(_square, [1, 2, 3])) == [1, 4, 9]
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    labels = [r["label"] for r in rows]
    assert labels.count("_square") == 3 and "stage demo" in labels
    assert {r["pid"] for r in rows if r["label"] == "_square"} - {os.getpid()}  # ran in workers
    assert all(r["end"] >= r["start"] and r["cpu"] >= 0 for r in rows)


def test_no_trace_without_the_variable(tmp_path, monkeypatch):
    monkeypatch.delenv(TRACE_VARIABLE, raising=False)
    monkeypatch.chdir(tmp_path)
    with traced("quiet"):
        pass
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("jobs", [1, 2])
def test_background_errors_reach_the_caller(jobs):
    with Runner(jobs=jobs) as runner:
        future = runner.background(_square, "x")
        with pytest.raises(TypeError):
            future.result(timeout=60)


def _pid_and_square(x: int) -> tuple[int, int]:
    return os.getpid(), x * x


def test_aside_runs_in_a_process_of_its_own_with_a_pool_and_at_once_without():
    with Runner(jobs=1) as runner:
        future = runner.aside(_pid_and_square, 3)
        assert future.done() and future.result() == (os.getpid(), 9)
    with Runner(jobs=2) as runner:
        future = runner.aside(_pid_and_square, 4)
        pid, value = future.result(timeout=60)
        assert value == 16 and pid != os.getpid()
        assert runner._pool is None  # the pool itself is not started by it


def test_one_batch_run_takes_its_early_events_as_the_shard_would_give_them(tmp_path):
    """A one-batch run with a pool starts the events before the loading (stage timeline's ``early``): the
    same tables as a run of one process, which finds them from the shard."""
    from communique.run.options import RunOptions
    from communique.run.pipeline import run_analysis

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Russia and China signed a trade agreement in Beijing on Monday.\n", "utf-8")
    (corpus / "b.txt").write_text("France condemned the missile test by North Korea on 3 March 2014.\n", "utf-8")
    tables = {}
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        run_analysis([corpus], RunOptions(out=out, jobs=jobs, cache=False, only=("timeline",), report=False))
        tables[jobs] = (out / "events.csv").read_bytes()
    assert tables[1] == tables[2] and tables[1].count(b"\n") > 1
