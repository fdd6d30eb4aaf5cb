"""Entry point for ``python -m relations_desktop`` and of the frozen app."""

import sys

if getattr(sys, "frozen", False):
    # A worker process of the frozen app is the app started again with multiprocessing's
    # arguments: freeze_support() runs the worker's task there and exits.
    import multiprocessing
    multiprocessing.freeze_support()

from relations_desktop.cli import main

sys.exit(main())
