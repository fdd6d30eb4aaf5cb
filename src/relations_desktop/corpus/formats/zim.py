"""Kiwix ZIM archives through libzim: the archive's metadata, a scan of its titles for
articles about relations between countries, and those articles read one at a time.

The archive is never loaded whole: the scan reads directory entries only, and each
article's HTML is read when its document is asked for.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from relations_desktop.corpus.document import DeferredRead, DocumentMeta, RawDocument
from relations_desktop.corpus.formats.html import html_text, iso_date
from relations_desktop.corpus.titles import match_title, may_be_relation_title
from relations_desktop.errors import DocumentError

WIKIMEDIA_LICENCE = "CC BY-SA 4.0"
_WIKIMEDIA = ("wikipedia", "wikibooks", "wikivoyage", "wikisource", "wikinews", "wikiquote", "wikiversity",
              "wiktionary")
_METADATA = ("Name", "Title", "Date", "Language", "Source", "Creator", "Publisher", "License", "Description")
_PROGRESS_EVERY = 20_000
CLUSTER_CACHE_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class ZimInfo:
    path: str
    name: str | None           # e.g. "wikipedia_bn_all_maxi"
    title: str | None          # e.g. "Wikipedia"
    date: str | None           # YYYY-MM-DD of the archive
    language: str | None       # ISO 639-3 codes, as the archive gives them ("ben", "eng,hin")
    source: str | None         # the site the archive was made from
    creator: str | None
    publisher: str | None
    licence: str | None
    entries: int               # entries a title scan walks


@dataclass(frozen=True)
class Candidate:
    """An article whose title says it is about relations between countries."""
    path: str                  # the article's entry path (a redirect already followed)
    title: str
    lang: str                  # language of the title: en, bn or hi
    codes: tuple[str, ...]     # the pair (sorted), or the one country of a hub
    hub: bool


def count_by_language(candidates: Iterable[Candidate]) -> dict[str, int]:
    """How many candidates there are in each language, for the chooser."""
    return dict(sorted(Counter(c.lang for c in candidates).items()))


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _text(value: bytes) -> str | None:
    text = value.decode("utf-8", errors="replace").strip()
    return text.lstrip("=").strip() or None     # some test archives write "=value"


class ZimArchive:
    """One open ZIM file. Raises DocumentError (zim_invalid, unreadable) for a file libzim
    cannot read; every later failure is a DocumentError too."""

    def __init__(self, path: str | Path) -> None:
        import libzim
        from libzim.reader import Archive
        # Articles are read once each, in title order: libzim's cache of decompressed clusters
        # (16 MB by default, process-wide) buys nothing here and, on a big archive, made the
        # import's memory grow with the archive (1,000 articles: 66 MB from a 3 MB archive,
        # 108 MB from a 35 MB one; 41 MB either way with 4 MB, as fast).
        libzim.set_cluster_cache_max_size(CLUSTER_CACHE_BYTES)
        p = Path(path)
        self.file = p.name
        if not p.is_file():
            raise DocumentError(p.name, "unreadable", "no such file")
        try:
            self._archive = Archive(p)
            keys = set(self._archive.metadata_keys)
            meta = {key: self._metadata(key) if key in keys else None for key in _METADATA}
            if self._archive.has_main_entry:     # reads a cluster: a bad cluster table shows here
                main = self._archive.main_entry
                if not main.is_redirect:
                    main.get_item().size  # noqa: B018 (the read is the check)
        except RuntimeError as exc:
            raise DocumentError(p.name, "zim_invalid", _first_line(exc)) from None
        except OSError as exc:
            raise DocumentError(p.name, "unreadable", exc.strerror or str(exc)) from None
        self.new_namespaces = self._archive.has_new_namespace_scheme
        self.info = ZimInfo(
            path=str(p), name=meta["Name"], title=meta["Title"], date=iso_date(meta["Date"]),
            language=meta["Language"], source=meta["Source"], creator=meta["Creator"],
            publisher=meta["Publisher"], licence=meta["License"] or self._wikimedia_licence(meta),
            entries=self._archive.entry_count)

    def _metadata(self, key: str) -> str | None:
        return _text(bytes(self._archive.get_metadata(key)))

    @staticmethod
    def _wikimedia_licence(meta: dict[str, str | None]) -> str | None:
        words = " ".join(v for v in (meta["Name"], meta["Creator"], meta["Source"], meta["Title"]) if v).lower()
        return WIKIMEDIA_LICENCE if any(w in words for w in _WIKIMEDIA) else None

    def __enter__(self) -> ZimArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._archive = None

    @property
    def closed(self) -> bool:
        return self._archive is None

    def _is_article_path(self, path: str) -> bool:
        return self.new_namespaces or path.startswith("A/")

    def scan(self, *, progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> list[Candidate]:
        """Every article about relations between countries, in entry order. Redirects are
        followed once; entries that are not HTML articles are skipped. ``progress(done, total)``
        is called now and then; ``cancelled()`` returning True stops the scan early."""
        archive = self._archive
        total = archive.entry_count
        found: dict[str, Candidate] = {}
        get = archive._get_entry_by_id
        try:
            for start in range(0, total, _PROGRESS_EVERY):
                if cancelled is not None and cancelled():
                    break
                for i in range(start, min(total, start + _PROGRESS_EVERY)):
                    entry = get(i)
                    title = entry.title
                    if may_be_relation_title(title):
                        candidate = self._candidate(entry, title)
                        if candidate is not None and candidate.path not in found:
                            found[candidate.path] = candidate
                if progress is not None:
                    progress(min(total, start + _PROGRESS_EVERY), total)
        except RuntimeError as exc:
            raise DocumentError(self.file, "zim_invalid", _first_line(exc)) from None
        return list(found.values())

    def _candidate(self, entry, title: str) -> Candidate | None:
        if not self._is_article_path(entry.path):
            return None
        what = match_title(title)
        if what is None:
            return None
        if entry.is_redirect:
            entry = entry.get_redirect_entry()
            if entry.is_redirect or not self._is_article_path(entry.path):
                return None
        if not entry.get_item().mimetype.startswith("text/html"):
            return None
        return Candidate(entry.path, entry.title or title, what.lang, what.codes, what.hub)

    def candidate(self, path: str) -> Candidate | None:
        """The candidate for one entry path (after its redirect), or None if it is not one."""
        try:
            entry = self._archive.get_entry_by_path(path)
        except KeyError:
            return None
        return self._candidate(entry, entry.title)

    def source_url(self, path: str) -> str | None:
        """The article's address on the wiki the archive was made from."""
        return source_url(self.info, path)

    def content(self, candidate: Candidate) -> bytes:
        """The article's bytes (its HTML). Raises DocumentError (zim_entry_missing, zim_invalid)."""
        try:
            entry = self._archive.get_entry_by_path(candidate.path)
            if entry.is_redirect:
                entry = entry.get_redirect_entry()
            return bytes(entry.get_item().content)
        except KeyError:
            raise DocumentError(candidate.title, "zim_entry_missing", candidate.path) from None
        except RuntimeError as exc:
            raise DocumentError(candidate.title, "zim_invalid", _first_line(exc)) from None

    def read(self, candidate: Candidate) -> RawDocument:
        """The article as a document. Raises DocumentError (zim_entry_missing, zim_invalid, empty)."""
        return article_document(self.info, candidate, self.content(candidate))

    def documents(self, candidates: Iterable[Candidate],
                  on_error: Callable[[Candidate, DocumentError], None] | None = None) -> Iterator[RawDocument]:
        """The candidates' documents, one at a time; a failing article goes to ``on_error``
        (or is raised when there is none) and the others go on."""
        for candidate in candidates:
            try:
                doc = self.read(candidate)
            except DocumentError as exc:
                if on_error is None:
                    raise
                on_error(candidate, exc)
                continue
            yield doc


# A Wikimedia wiki's host, whose first label is the language ("bn.wikipedia.org").
_WIKIMEDIA_HOST = re.compile(r"[a-z][a-z-]{1,11}\.(" + "|".join(_WIKIMEDIA) + r")\.org")


def source_url(info: ZimInfo, path: str, lang: str | None = None) -> str | None:
    """The address, on the wiki the archive ``info`` was made from, of its article at ``path``.
    In an archive of several languages, an article in ``lang`` is on that language's wiki."""
    host = info.source
    if not host and info.name:
        parts = info.name.removeprefix("kiwix.").split("_")
        if len(parts) >= 2 and parts[0] in _WIKIMEDIA:
            host = f"{parts[1]}.{parts[0]}.org"
    if not host:
        return None
    languages = (info.language or "").strip()
    if lang and ("," in languages or languages == "mul"):
        wiki = _WIKIMEDIA_HOST.fullmatch(host.removeprefix("https://").removeprefix("http://").rstrip("/"))
        if wiki:
            host = f"{lang}.{wiki.group(1)}.org"
    if "://" not in host:
        host = "https://" + host
    page = path.removeprefix("A/")
    for suffix in (".html", ".htm"):
        page = page.removesuffix(suffix)
    return f"{host.rstrip('/')}/wiki/{quote(page, safe='()_,:!~*')}"


def article_document(info: ZimInfo, candidate: Candidate, data: bytes) -> RawDocument:
    """The article of the archive ``info`` whose bytes are ``data`` as a document (its HTML read
    into text, layout and metadata). Raises DocumentError (empty)."""
    author = f"{info.creator} contributors" if info.creator and info.licence == WIKIMEDIA_LICENCE else info.creator
    meta = DocumentMeta(title=candidate.title, source=info.title or info.name,
                        url=source_url(info, candidate.path, candidate.lang), author=author, licence=info.licence,
                        archive=info.name, archive_date=info.date)
    page = html_text(data.decode("utf-8", errors="replace"), title=candidate.title, lang=candidate.lang, meta=meta)
    if not page.text.strip():
        raise DocumentError(candidate.title, "empty", "the article has no text")
    return RawDocument(file=candidate.path.rsplit("/", 1)[-1], path=f"{info.path}#{candidate.path}",
                       sha256=hashlib.sha256(data).hexdigest(), encoding="utf-8", text=page.text,
                       size=len(data), meta=page.meta, layout=page.layout)


class ArticleRef(DeferredRead):
    """One chosen article of an archive, by its entry, to be read (its bytes fetched, its HTML
    parsed) where it is processed (``store.pool.Deferred``): in a worker process when there are
    workers, which opens the archive once for all its articles. Cheap to send: no bytes. Reading
    raises DocumentError (zim_entry_missing, zim_invalid, unreadable)."""

    def __init__(self, archive: str, candidate: Candidate) -> None:
        super().__init__()
        self.archive, self.candidate = archive, candidate
        self.name = candidate.title
        self.file = candidate.path.rsplit("/", 1)[-1]
        self.path = f"{archive}#{candidate.path}"

    def _fetch(self) -> bytes:
        return _opened(self.archive).content(self.candidate)

    def load(self) -> RawDocument:
        """The article as a document (its bytes are let go of). Raises DocumentError."""
        data = self._taken()
        return article_document(_opened(self.archive).info, self.candidate, data)


# The archive a process last read articles of, kept open for the next ones: a worker process
# reads a whole import's articles of one archive. (In the importing process it is the stream's
# own archive, closed with it.)
_OPENED: dict[str, ZimArchive] = {}


def _opened(path: str) -> ZimArchive:
    archive = _OPENED.get(path)
    if archive is None or archive.closed:
        for other in _OPENED.values():
            other.close()
        _OPENED.clear()
        archive = _OPENED[path] = ZimArchive(path)
    return archive


class ArticleStream:
    """Chosen articles of an open archive as documents, each read when the iteration reaches it
    (never all at once); its length is known beforehand, for a progress bar. An article that
    cannot be read comes as its DocumentError, in its place, and the others go on.
    ``deferred()`` gives references to them instead, for worker processes to read."""

    def __init__(self, archive: ZimArchive, candidates: Sequence[Candidate]) -> None:
        self.archive = archive
        self.candidates = candidates

    def __len__(self) -> int:
        return len(self.candidates)

    def __iter__(self) -> Iterator[RawDocument | DocumentError]:
        for candidate in self.candidates:
            try:
                yield self.archive.read(candidate)
            except DocumentError as exc:
                yield exc

    def deferred(self) -> Iterator[ArticleRef]:
        _OPENED.clear()
        _OPENED[self.archive.info.path] = self.archive
        for candidate in self.candidates:
            yield ArticleRef(self.archive.info.path, candidate)


def open_zim(path: str | Path) -> ZimArchive:
    """Open a ZIM file. Raises DocumentError with a clear reason for anything libzim refuses."""
    return ZimArchive(path)
