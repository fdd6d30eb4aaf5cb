"""Reads a large relationship's dossier on a thread of its own, through a connection of its
own, so the window paints and answers while tens of thousands of events are read and grouped."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from relations_desktop.errors import DatabaseError
from relations_desktop.gcpause import batch_allocations
from relations_desktop.store.connection import database_file
from relations_desktop.store.queries import Pair, event_count

if TYPE_CHECKING:
    from relations_desktop.present.dossier import Dossier

# What the window works out from a dossier on the reading thread (plain Python, no widgets).
Prepare = Callable[["Dossier"], object]


class DossierReader(QObject):
    """``read(pair, dossier, prepared)`` when the last dossier asked for is read (``prepared``:
    what the ``prepare`` given made of it on the reading thread, or None), ``failed(text)`` (what
    went wrong, in the interface language) when reading it failed. A result asked for before
    the last ``start`` or ``cancel`` is dropped."""

    read = Signal(object, object, object)
    failed = Signal(str)
    # A relationship with more events than this is read on a thread of its own: the pane shows
    # its names at once and the rest when read (60,000 events take seconds to read and group).
    threshold = 1000
    _done = Signal(int, object, object, object, object)   # from the reading thread: token, pair, dossier,
    #                                                       prepared, error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._token = 0
        self._shown_through: sqlite3.Connection | None = None     # the window's connection
        self._where = Path()                   # the database named when reading fails
        self._done.connect(self._deliver)        # queued: emitted on the reading thread
        self.threads: list[threading.Thread] = []

    @property
    def busy(self) -> bool:
        """A read is under way whose result will be shown."""
        return any(t.is_alive() and t.name == f"dossier-{self._token}" for t in self.threads)

    def open(self, conn: sqlite3.Connection, pair: Pair, open_reader: Callable[[], sqlite3.Connection],
             prepare: Prepare | None = None) -> tuple[Dossier, int | None]:
        """``pair``'s dossier read through ``conn`` when it has at most ``threshold`` events; else
        its names only and how many events are being read (``read`` follows, the dossier then
        reading its texts through ``conn``)."""
        from relations_desktop.present.dossier import load_dossier, names_only
        events = event_count(conn, pair)
        if events <= self.threshold:
            self.cancel()
            return load_dossier(conn, pair), None
        self.start(conn, pair, open_reader, prepare)
        return names_only(conn, pair), events

    def large(self, conn: sqlite3.Connection, pair: Pair) -> bool:
        """``pair`` has more than ``threshold`` events: it is read on a thread."""
        return event_count(conn, pair) > self.threshold

    def start(self, conn: sqlite3.Connection, pair: Pair, open_reader: Callable[[], sqlite3.Connection],
              prepare: Prepare | None = None) -> None:
        """Read ``pair``'s dossier through a connection ``open_reader`` opens on the thread, and
        call ``prepare`` with it there; once read, it reads its texts through ``conn``."""
        self._shown_through, self._where = conn, database_file(conn)
        self._token += 1
        thread = threading.Thread(target=self._run, args=(self._token, pair, open_reader, prepare),
                                  name=f"dossier-{self._token}", daemon=True)
        self.threads = [t for t in self.threads if t.is_alive()] + [thread]
        thread.start()

    def cancel(self) -> None:
        self._token += 1

    def _run(self, token: int, pair: Pair, open_reader: Callable[[], sqlite3.Connection],
             prepare: Prepare | None) -> None:
        from relations_desktop.present.dossier import load_dossier
        dossier, prepared, error = None, None, None
        try:
            with batch_allocations():    # the dossier's objects live on: not walked again and again
                conn = open_reader()
                try:
                    dossier = load_dossier(conn, pair)
                    dossier.prepare()
                finally:
                    conn.close()
                if prepare is not None and token == self._token:
                    prepared = prepare(dossier)
        except (DatabaseError, sqlite3.Error) as exc:
            error = exc
        with contextlib.suppress(RuntimeError):         # the window closed meanwhile
            self._done.emit(token, pair, dossier, prepared, error)

    def _deliver(self, token: int, pair: Pair, dossier: Dossier | None, prepared: object,
                 error: BaseException | None) -> None:
        if token != self._token:
            return
        if error is not None:
            from relations_desktop.present.messages import database_error_message
            if not isinstance(error, DatabaseError):
                error = DatabaseError(self._where, "unreadable", str(error))
            self.failed.emit(database_error_message(error))
        elif dossier is not None:
            if self._shown_through is not None:
                dossier.read_through(self._shown_through)
            self.read.emit(pair, dossier, prepared)
