"""Safety around a run: exit statuses, where a failure happened, signals, and names shown to a terminal.

``communique run`` exit statuses (also in the README and ``communique run --help``):

- 0 every input was analysed;
- 1 some inputs were skipped (each is listed in ``errors.csv`` and on the terminal);
- 2 a bad command or configuration, found before any work (the message names the option);
- 3 the run failed (an internal error): one line names the stage and the file being processed,
  the traceback goes to ``OUT/communique-error.log``;
- 130 interrupted (SIGINT or SIGTERM); the previous outputs are left complete.

>>> escape_name("a\\x1b[2Jb\\nc.txt")
'a\\\\x1b[2Jb\\\\nc.txt'
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

EXIT_OK = 0
EXIT_SKIPPED = 1
EXIT_USAGE = 2
EXIT_FAILED = 3
EXIT_INTERRUPTED = 130
ERROR_LOG = "communique-error.log"

EXIT_STATUS_HELP = (
    "exit status: 0 all inputs analysed; 1 some inputs skipped (listed in errors.csv); "
    "2 bad command or configuration (checked before any work); 3 the run failed (internal error: "
    f"one line names the stage and file, the traceback is in OUT/{ERROR_LOG}; --debug shows it); "
    "130 interrupted (SIGINT/SIGTERM)."
)


class ConfigError(ValueError):
    """A bad command or configuration, found before any work (exit status 2)."""


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM arrived (exit status 130)."""


class StageError(RuntimeError):
    """An internal error inside a stage, with where it happened (exit status 3)."""

    def __init__(self, stage: str, item: str, cause: BaseException):
        self.stage = stage
        self.item = item
        self.cause = cause
        where = f"stage {stage}" + (f" while processing {escape_name(item)}" if item else "")
        super().__init__(f"{where}: {type(cause).__name__}: {cause}")


def escape_name(text: object) -> str:
    """``text`` safe to print on a terminal: control characters (newlines, ANSI escapes, bidi
    overrides) shown as backslash escapes, so a file name can neither redraw the screen nor
    forge a line of output."""
    out = []
    for ch in str(text):
        code = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif code < 32 or code == 127 or 0x80 <= code < 0xA0 or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch) or (f"\\x{code:02x}" if code < 256 else f"\\u{code:04x}"))
        else:
            out.append(ch)
    return "".join(out)


@contextmanager
def signals_as_interrupts() -> Iterator[None]:
    """SIGTERM raises :class:`Interrupted` like Ctrl-C does, so cleanup (``finally``) runs."""
    owner = os.getpid()

    def handler(signum, frame):
        if os.getpid() != owner:  # a forked worker that has not reset its handlers yet: die quietly
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        err = Interrupted(signal.Signals(signum).name)
        err.signum = signum  # type: ignore[attr-defined]
        raise err

    def unraisable(info) -> None:
        # The interrupt landed inside a finaliser or a fork hook, where Python prints and drops
        # exceptions: deliver the signal again, so it is raised at the next safe point instead.
        if info.exc_type is not None and issubclass(info.exc_type, KeyboardInterrupt):
            _PENDING.append(getattr(info.exc_value, "signum", signal.SIGINT))  # raised by raise_pending()
            return
        previous_hook(info)

    previous_hook = sys.unraisablehook
    sys.unraisablehook = unraisable
    previous = {}
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            previous[sig] = signal.signal(sig, handler)
        except ValueError:  # not the main thread
            pass
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
        sys.unraisablehook = previous_hook


_PENDING: list[int] = []  # interrupts Python dropped (inside a finaliser): raised at the next check


def raise_pending() -> None:
    """Raise an interrupt that arrived where Python could not raise it (call at safe points)."""
    if _PENDING:
        signum = _PENDING.pop()
        _PENDING.clear()
        err = Interrupted(signal.Signals(signum).name)
        err.signum = signum  # type: ignore[attr-defined]
        raise err


@contextmanager
def signals_deferred() -> Iterator[None]:
    """Block SIGINT and SIGTERM for a short critical section (swapping outputs into place);
    a signal that arrives meanwhile is delivered when it ends."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not POSIX
        yield
        return
    blocked = {signal.SIGINT, signal.SIGTERM}
    old = signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def write_error_log(out: Path | None, text: str) -> Path | None:
    """Append a traceback to ``out/communique-error.log``; the log's path, or None when unwritable."""
    if out is None:
        return None
    try:
        out.mkdir(parents=True, exist_ok=True)
        path = out / ERROR_LOG
        with open(path, "a", encoding="utf-8") as log:
            log.write(text.rstrip("\n") + "\n\n")
        return path
    except OSError:
        return None


def pid_alive(pid: int) -> bool:
    """Whether a process with ``pid`` exists (on this machine)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stderr_line(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def check_scheduler(address: str, timeout: float = 5.0) -> None:
    """:class:`ConfigError` (exit 2, before any work) unless a Dask scheduler answers at ``address``."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    try:
        port = parts.port or 8786
    except ValueError:
        raise ConfigError(f"--scheduler {escape_name(address)}: not an address such as tcp://host:8786") from None
    if parts.scheme not in ("tcp", "tls", "ws", "wss", "inproc", "ucx") or not parts.hostname:
        raise ConfigError(f"--scheduler {escape_name(address)}: not an address such as tcp://host:8786")
    if parts.scheme == "inproc":
        return
    try:
        with socket.create_connection((parts.hostname, port), timeout=timeout):
            pass
    except OSError as err:
        reason = "timed out" if isinstance(err, TimeoutError) else (err.strerror or str(err))
        raise ConfigError(f"--scheduler {escape_name(address)}: cannot connect ({reason})") from None


def check_stage_params(params: dict) -> None:
    """:class:`ConfigError` for a ``--set topics.NAME`` the topic model does not take (found
    before any work, instead of a crash after the other stages ran)."""
    import inspect

    values = params.get("topics") or {}
    if not values:
        return
    from communique.topics.model import TopicModel

    known = {n for n in inspect.signature(TopicModel.__init__).parameters if n not in ("self", "random_state")}
    known |= {"max_documents"}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ConfigError(f"--set topics.{unknown[0]}: unknown topics parameter; known: {', '.join(sorted(known))}")
