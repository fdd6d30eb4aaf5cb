"""A Kiwix archive as a source for the library: open it and find its articles about relations
between countries (with progress and Cancel), then import the chosen ones, read one at a time,
and count what happened to them per language. The window and the command line both use it;
libzim is loaded only here, when an archive is opened.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from relations_desktop.corpus.formats.zim import ArticleStream, Candidate, ZimInfo, count_by_language, open_zim
from relations_desktop.store.report import ImportResult

__all__ = ["ArticleStream", "Candidate", "KiwixScan", "LanguageCounts", "ZimInfo", "article_titles", "articles",
           "count_by_language", "import_articles", "is_archive", "language_counts", "scan_archive", "workers_for"]

# About the size of an article about relations between two countries, as HTML (it is not known
# before the article is read): how worker processes are decided for an import of articles.
ARTICLE_BYTES = 60_000


@dataclass(frozen=True)
class KiwixScan:
    """What a scan of an archive found; ``complete`` is False when it was cancelled."""
    info: ZimInfo
    candidates: list[Candidate]
    complete: bool = True

    def by_language(self) -> dict[str, int]:
        return count_by_language(self.candidates)


def is_archive(path: str | Path) -> bool:
    """Whether ``path`` is a file that says it is a Kiwix archive (by its first bytes or its suffix)."""
    from relations_desktop.corpus.reader import format_of
    p = Path(path)
    try:
        with p.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        return p.suffix.lower() == ".zim"
    return format_of(p.name, head) == "zim"


def scan_archive(path: str | Path, *, progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> KiwixScan:
    """Open the archive and find its articles about relations between countries (titles only:
    the articles are not read). Raises DocumentError (zim_invalid, unreadable) with a reason
    for a file that is not a readable Kiwix archive."""
    with open_zim(path) as zim:
        candidates = zim.scan(progress=progress, cancelled=cancelled)
        return KiwixScan(zim.info, candidates, complete=not (cancelled is not None and cancelled()))


def workers_for(articles: int, cores: int | None = None) -> int:
    """Worker processes an import of ``articles`` articles pays to use (``store.pool.workers_for``)."""
    from relations_desktop.store.pool import workers_for as for_size
    return for_size(articles * ARTICLE_BYTES, cores)


def import_articles(path: str | Path, candidates: Sequence[Candidate], user_db: str | Path, *,
                    bundled_db: str | Path | None = None, progress=None, cancelled=None, waiting=None,
                    workers: int = 0) -> ImportResult:
    """Import the ``candidates`` of the archive at ``path`` into the library, each article read
    when its turn comes (memory does not grow with the archive). Raises DocumentError when the
    archive cannot be opened; an article that cannot be read is a failure of the result."""
    from relations_desktop.store.userdb import import_documents
    with articles(path, candidates) as stream:
        return import_documents([stream], user_db, bundled_db=bundled_db, progress=progress, cancelled=cancelled,
                                waiting=waiting, workers=workers)


@contextmanager
def articles(path: str | Path, candidates: Sequence[Candidate]) -> Iterator[ArticleStream]:
    """The ``candidates`` of the archive at ``path`` as a source of documents for
    ``store.userdb.import_documents`` (read lazily; the archive is open while in the block)."""
    with open_zim(path) as zim:
        yield ArticleStream(zim, candidates)


@dataclass
class LanguageCounts:
    """What became of one language's chosen articles."""
    chosen: int = 0
    added: int = 0
    duplicates: int = 0            # already in the library (the same bytes)
    near_duplicates: int = 0       # added, but nearly the same as a document already there
    failed: int = 0


def article_titles(candidates: Iterable[Candidate]) -> dict[str, str]:
    """The title of each candidate's document, by its file (the last part of its entry path)."""
    return {c.path.rsplit("/", 1)[-1]: c.title for c in candidates}


def language_counts(candidates: Iterable[Candidate], result: ImportResult) -> dict[str, LanguageCounts]:
    """Per language of the articles' titles: how many were chosen, added, already there,
    nearly repeated, failed. (A document is known by its file, the last part of its entry
    path; a failed article by its title.)"""
    lang_of: dict[str, str] = {}
    out: dict[str, LanguageCounts] = {}
    for c in candidates:
        lang_of[c.path.rsplit("/", 1)[-1]] = lang_of[c.title] = c.lang
        out.setdefault(c.lang, LanguageCounts()).chosen += 1
    for files, attr in (([a.file for a in result.added], "added"), ([d.file for d in result.duplicates], "duplicates"),
                        ([n.file for n in result.near_duplicates], "near_duplicates"),
                        ([f.file for f in result.failed], "failed")):
        for file in files:
            lang = lang_of.get(file)
            if lang is not None:
                counts = out[lang]
                setattr(counts, attr, getattr(counts, attr) + 1)
    return dict(sorted(out.items()))

