"""``python -m communique`` runs the CLI."""

import sys

from communique.cli.app import main

sys.exit(main())
