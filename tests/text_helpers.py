"""A text written in a test, processed by the pipeline as a document of its own."""

from __future__ import annotations

import hashlib

from relations_desktop.corpus.pipeline import ProcessedDocument, process_text
from relations_desktop.corpus.reader import RawDocument


def processed(text: str, name: str = "t.txt") -> ProcessedDocument:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return process_text(RawDocument(name, name, digest, "utf-8", text, len(text.encode())))
