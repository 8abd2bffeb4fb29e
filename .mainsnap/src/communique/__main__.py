"""``python -m communique`` runs the CLI."""

import signal
import sys

from communique.cli.app import main

status = main()
# The command is over (a run's outputs are in place): a SIGINT or SIGTERM during the
# interpreter's teardown would otherwise end the process silently with -15 instead of the status.
for _sig in (signal.SIGINT, signal.SIGTERM):
    signal.signal(_sig, signal.SIG_IGN)
sys.exit(status)
