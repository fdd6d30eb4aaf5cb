"""Entry point for ``python -m relations_desktop.packaging``."""

import sys

from relations_desktop.packaging.bundle import main

sys.exit(main())
