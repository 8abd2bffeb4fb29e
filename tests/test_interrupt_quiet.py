"""After an interrupt, a closed wake-up pipe of the process pool is no traceback for the user; other errors are."""

from __future__ import annotations

import errno
import sys
import types


def _unraisable(err: BaseException):
    return types.SimpleNamespace(exc_type=type(err), exc_value=err, exc_traceback=None, err_msg=None, object=None)


def test_a_closed_pipe_at_shutdown_is_quiet_and_other_errors_are_reported(monkeypatch, capsys):
    from communique.cli.app import _quiet_closed_pipes

    seen = []
    monkeypatch.setattr(sys, "__unraisablehook__", seen.append)
    _quiet_closed_pipes(_unraisable(OSError(errno.EBADF, "Bad file descriptor")))
    assert seen == []
    _quiet_closed_pipes(_unraisable(ValueError("a real bug")))
    assert len(seen) == 1 and isinstance(seen[0].exc_value, ValueError)
