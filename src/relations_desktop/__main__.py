"""Entry point for ``python -m relations_desktop``."""

import sys

from relations_desktop.cli import main

sys.exit(main())
