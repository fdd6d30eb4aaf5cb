"""Entry point for ``python -m relations_desktop`` and of the frozen app."""

import sys

if getattr(sys, "frozen", False) and ("--multiprocessing-fork" in sys.argv[1:] or "-c" in sys.argv[1:]):
    # A worker process of the frozen app is the app started again with multiprocessing's
    # arguments (packaging.bundle.WORKER_ARGUMENTS): freeze_support() runs the worker's task
    # there and exits. Other starts do not import multiprocessing.
    import multiprocessing
    multiprocessing.freeze_support()

from relations_desktop.cli import main

sys.exit(main())
