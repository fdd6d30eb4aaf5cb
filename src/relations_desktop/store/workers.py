"""How the import's worker processes (``store.pool``) are started: forked from a fork server
that has loaded and warmed the pipeline, where the system has one, else spawned.

Forked from the warm server (``store.preload``), a worker starts in milliseconds with the
pipeline ready, shared copy-on-write, instead of paying a fresh interpreter and the pipeline's
loading (about half a second of processor time each). The server is started once per process,
ahead of time by ``start_worker_server`` (the window does when an import dialog opens) or by the
first import, and serves every later import. It is a process of its own, started afresh, never
a fork of the window. Light to import: the window imports this module, not the pipeline.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

_started = False        # whether this process has started the fork server (it then serves at once)

PRELOAD = "relations_desktop.store.preload"


def start_methods() -> list[str]:
    """The start methods to try, best first: the fork server where there is one (Linux), spawn."""
    import multiprocessing
    return [m for m in ("forkserver", "spawn") if m in multiprocessing.get_all_start_methods()]


def start_context(method: str):       # -> multiprocessing.context.BaseContext
    """The multiprocessing context of ``method`` (the fork server's preloading the pipeline)."""
    import multiprocessing
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload([PRELOAD])
    return context


def start_worker_server() -> None:
    """Start the workers' fork server now, where there is one, so that an import about to come
    finds it ready (the pipeline loads in the server, not here). It starts a process: call it
    off the GUI thread. Does nothing where workers are spawned; a failure is only logged (the
    import will start its workers another way)."""
    try:
        if "forkserver" not in start_methods():
            return
        from multiprocessing import forkserver
        start_context("forkserver")
        forkserver.ensure_running()
        global _started
        _started = True
    except Exception as exc:
        log.warning("the worker processes' server did not start (%s)", exc)


def server_started() -> bool:
    """Whether ``start_worker_server`` has started the fork server in this process (an import
    then waits for its workers, forked ready as soon as the server has warmed, rather than
    processing documents itself meanwhile); where there is no fork server, never."""
    return _started
