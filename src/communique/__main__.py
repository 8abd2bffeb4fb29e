"""``python -m communique`` runs the CLI."""

import sys

from communique.cli import main

sys.exit(main())
