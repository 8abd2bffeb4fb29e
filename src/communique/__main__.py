"""``python -m communique`` runs the CLI (and ends the process without the interpreter's teardown)."""

import signal
import sys


def _interrupted(signum, frame):
    raise KeyboardInterrupt


# First of all, before the CLI loads (its imports take 0.2 s, seconds on a busy machine): a
# SIGTERM ends the process like Ctrl-C, with status 130 and no traceback, instead of killing it
# silently (-15) while no handler of the CLI's own (run.safety.signals_as_interrupts) is in place.
signal.signal(signal.SIGTERM, _interrupted)
status = None
try:
    from communique.cli.app import end_process, main

    status = main()
except KeyboardInterrupt:  # before main() caught interrupts itself, or just after it returned
    pass
if status is None:
    for _sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(_sig, signal.SIG_IGN)
    print("communique: interrupted", file=sys.stderr)
    sys.exit(130)
end_process(status)
