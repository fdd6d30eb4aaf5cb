"""A file whose reader crashes in native code (it reads address 0 through ctypes: SIGSEGV), as
PDFium or libzim can on a malformed file; a ``store.pool.Deferred``, like the app's own
``corpus.reader.FileRef`` whose bytes it reads. Importable by the worker processes."""

from __future__ import annotations

import ctypes

from relations_desktop.corpus.document import RawDocument
from relations_desktop.corpus.reader import FileRef


class CrashingFile(FileRef):
    def load(self) -> RawDocument:
        self.identify()
        ctypes.string_at(0)         # a read of address 0: the process gets SIGSEGV
        raise AssertionError("unreachable")
