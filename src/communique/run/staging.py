"""A run is atomic as a whole: a lock on the output folder, and outputs staged, then swapped in.

A run writes every output into ``OUT/.communique-staging-<id>/`` and only when all of them (the
manifest last) are complete, :meth:`Staging.commit` moves them into ``OUT``: it first writes a
journal (``OUT/.communique-commit.json``), then renames each file into place with SIGINT and
SIGTERM held back, removes the outputs of the previous run that this one no longer writes, puts
``manifest.json`` in place last and deletes the journal. An interrupted or failed run therefore
leaves the previous outputs untouched; a run killed with SIGKILL inside the commit (a few
renames, milliseconds) leaves the journal, and the next run (or :func:`recover`) finishes the
commit before anything else. Only the program's own hidden ``.communique-*`` entries are ever
deleted; user files in ``OUT`` (``notes.tmp``) are left alone.

:class:`RunLock` stops two runs writing one folder: the second gets a clear message (exit
status 2). The lock is an ``flock`` on ``OUT/.communique.lock``, released by the kernel when its
holder dies, so a stale lock file of a killed run is simply taken over.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> with RunLock(out):
...     stage = Staging(out)
...     _ = (stage.folder / "a.csv").write_text("x")
...     _ = (stage.folder / "manifest.json").write_text("{}")
...     moved = stage.commit()
>>> sorted(p.name for p in out.iterdir())
['a.csv', 'manifest.json']
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path

from communique.run.safety import ConfigError, escape_name, pid_alive, signals_deferred

PREFIX = ".communique-"
LOCK_NAME = f"{PREFIX}lock"
JOURNAL_NAME = f"{PREFIX}commit.json"
STAGING_PREFIX = f"{PREFIX}staging-"
MANIFEST_NAME = "manifest.json"


class RunLock:
    """An exclusive lock on an output folder for the length of a run (a context manager)."""

    def __init__(self, out: str | os.PathLike):
        self.out = Path(out)
        self.path = self.out / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        import fcntl

        try:
            self.out.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            os.close(fd)
        except OSError as err:  # a read-only disk or folder: found before any work
            raise ConfigError(f"--out {escape_name(self.out)}: cannot write there ({err.strerror or err})") from None
        for _ in range(5):  # the file may be removed by its holder between open and flock
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _read_pid(fd)
                os.close(fd)
                who = f"pid {holder}" if holder and pid_alive(holder) else "another process"
                raise ConfigError(f"another communique run ({who}) is writing to {escape_name(self.out)}; "
                                  "wait for it to finish or choose another --out") from None
            except OSError:  # no flock here (some network file systems): fall back to the pid
                holder = _read_pid(fd)
                if holder and holder != os.getpid() and pid_alive(holder):
                    os.close(fd)
                    raise ConfigError(f"another communique run (pid {holder}) is writing to "
                                      f"{escape_name(self.out)}; wait for it or choose another --out") from None
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if not same:
                os.close(fd)
                continue
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
            self._fd = fd
            if hasattr(os, "register_at_fork"):
                os.register_at_fork(after_in_child=self._forget_in_child)
            return
        raise ConfigError(f"cannot lock {escape_name(self.out)}: the lock file keeps changing")

    def _forget_in_child(self) -> None:
        """In a process forked during the run (a pool worker, a drawer): close the inherited lock
        file, which this process never releases. Otherwise it holds the flock too, and when the
        run itself is killed the folder stays locked until every child has died as well."""
        if self._fd is not None:
            try:
                os.close(self._fd)
            except OSError:  # pragma: no cover - already closed
                pass
            self._fd = None

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.unlink(self.path)
        except OSError:
            pass
        os.close(self._fd)  # closing releases the flock
        self._fd = None

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return int(os.read(fd, 32).decode().strip() or 0) or None
    except (OSError, ValueError):
        return None


class Staging:
    """A fresh staging folder inside ``out`` for one run (call under a :class:`RunLock`)."""

    def __init__(self, out: str | os.PathLike):
        self.out = Path(out)
        recover(self.out)
        self.run_id = uuid.uuid4().hex[:16]
        self.folder = self.out / f"{STAGING_PREFIX}{self.run_id}"
        self.folder.mkdir(parents=True)

    def files(self) -> list[str]:
        """Relative paths of everything staged, manifest last."""
        found = sorted(p.relative_to(self.folder).as_posix() for p in self.folder.rglob("*")
                       if p.is_file() and not p.name.startswith("."))
        found = [f for f in found if f != MANIFEST_NAME] + ([MANIFEST_NAME] if MANIFEST_NAME in found else [])
        return found

    def commit(self) -> list[Path]:
        """Move the staged outputs into ``out`` (see the module doc); their final paths."""
        files = self.files()
        stale = [p for p in _previous_outputs(self.out) if p not in set(files)]
        journal = {"staging": self.folder.name, "files": files, "remove": stale}
        with signals_deferred():
            _write_json(self.out / JOURNAL_NAME, journal)
            _apply(self.out, journal)
        return [self.out / f for f in files]

    def discard(self) -> None:
        """Drop the staged outputs (the previous run's outputs stay as they were)."""
        shutil.rmtree(self.folder, ignore_errors=True)


def _previous_outputs(out: Path) -> list[str]:
    try:
        manifest = json.loads((out / MANIFEST_NAME).read_text("utf-8"))
        return [str(o["path"]) for o in manifest.get("outputs", [])]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def _write_json(path: Path, value: object) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.part")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(value, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _inside(out: Path, rel: str) -> Path | None:
    """``out / rel`` when it stays inside ``out`` (a journal or manifest could be edited)."""
    root = out.resolve()
    target = (root / rel).resolve()
    return target if root in target.parents else None


def _apply(out: Path, journal: dict) -> None:
    """Carry out a commit journal (again, if a killed commit left it): idempotent."""
    staging = out / str(journal.get("staging", ""))
    if not staging.name.startswith(STAGING_PREFIX) or "/" in staging.name:
        (out / JOURNAL_NAME).unlink(missing_ok=True)
        return
    files = [str(f) for f in journal.get("files", [])]
    manifest = MANIFEST_NAME in files
    for rel in [f for f in files if f != MANIFEST_NAME]:
        _move(staging, out, rel)
    for rel in journal.get("remove", []):
        target = _inside(out, str(rel))
        if target is not None and target.is_file() and not target.is_symlink():
            target.unlink()
    if manifest:
        _move(staging, out, MANIFEST_NAME)
    (out / JOURNAL_NAME).unlink(missing_ok=True)
    shutil.rmtree(staging, ignore_errors=True)


def _move(staging: Path, out: Path, rel: str) -> None:
    source = staging / rel
    target = _inside(out, rel)
    if target is None or not source.is_file():
        return  # already moved by an earlier attempt, or not ours
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(source, target)


def recover(out: str | os.PathLike) -> bool:
    """Finish a commit a killed run left half done, and drop staging folders of dead runs.

    Call only while holding the folder's :class:`RunLock`. True when a commit was finished.
    """
    out = Path(out)
    finished = False
    journal_path = out / JOURNAL_NAME
    if journal_path.is_file():
        try:
            journal = json.loads(journal_path.read_text("utf-8"))
        except (OSError, ValueError):
            journal = None
        if isinstance(journal, dict):
            _apply(out, journal)
            finished = True
        journal_path.unlink(missing_ok=True)
    if out.is_dir():
        for entry in out.iterdir():
            if entry.name.startswith(STAGING_PREFIX) and entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            elif entry.name.startswith(JOURNAL_NAME) and entry.name.endswith(".part"):
                entry.unlink(missing_ok=True)
    return finished
