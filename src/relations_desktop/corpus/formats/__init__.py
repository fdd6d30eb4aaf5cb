"""Format readers: each turns one kind of file (HTML, PDF, DOCX, Kiwix ZIM) into a
``RawDocument`` with text, layout spans and metadata. ``corpus.reader`` dispatches to them."""
