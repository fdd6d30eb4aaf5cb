"""Build real ZIM files with libzim's own writer, and Wikipedia-style article HTML to put in them."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from libzim.writer import Creator, Hint, Item, StringProvider

from relations_desktop.corpus.wiki_headings import is_back_matter_heading

WIKI_METADATA = {"Name": "wikipedia_xx_test", "Title": "Wikipedia", "Language": "eng", "Date": "2024-05-01",
                 "Creator": "Wikipedia", "Publisher": "Test", "Description": "Test archive",
                 "Source": "en.wikipedia.org"}


@dataclass
class Entry:
    path: str
    title: str
    content: str | bytes
    mimetype: str = "text/html"
    front: bool = True


class ZimItem(Item):
    """An entry as libzim's writer takes it."""

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        self.entry = entry

    def get_path(self) -> str:
        return self.entry.path

    def get_title(self) -> str:
        return self.entry.title

    def get_mimetype(self) -> str:
        return self.entry.mimetype

    def get_contentprovider(self) -> StringProvider:
        return StringProvider(self.entry.content)

    def get_hints(self) -> dict:
        return {Hint.FRONT_ARTICLE: self.entry.front, Hint.COMPRESS: self.entry.mimetype.startswith("text/")}


@dataclass
class ZimSpec:
    entries: list[Entry] = field(default_factory=list)
    redirects: list[tuple[str, str, str]] = field(default_factory=list)   # (path, title, target path)
    metadata: dict[str, str] = field(default_factory=lambda: dict(WIKI_METADATA))


def build_zim(path: Path, spec: ZimSpec | None = None, *, entries: Iterable[Entry] = (),
              redirects: Iterable[tuple[str, str, str]] = (), metadata: dict[str, str] | None = None) -> Path:
    spec = spec or ZimSpec()
    spec.entries += list(entries)
    spec.redirects += list(redirects)
    if metadata is not None:
        spec.metadata = {**spec.metadata, **metadata}
    lang = spec.metadata.get("Language", "eng").split(",")[0]
    with Creator(str(path)).config_indexing(False, lang) as creator:
        if spec.entries:
            creator.set_mainpath(spec.entries[0].path)
        for key, value in spec.metadata.items():
            creator.add_metadata(key, value)
        for entry in spec.entries:
            creator.add_item(ZimItem(entry))
        for rpath, title, target in spec.redirects:
            creator.add_redirection(rpath, title, target, {Hint.FRONT_ARTICLE: True})
    return path


def wiki_page(title: str, body: str, lang: str = "en") -> str:
    """An article page the way Kiwix archives hold them: the title heading, the content, a footer."""
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'</head><body class="mw-body"><div id="mw-content-text"><h1 class="article-header">'
            f'{html.escape(title)}</h1><div class="mw-parser-output">{body}</div></div>'
            f'<div class="mw-footer">This article is issued from Wikipedia. The text is licensed under '
            f'Creative Commons - Attribution - Sharealike.</div></body></html>')


_WIKI_HEADING = re.compile(r"^\s*(={2,6})\s*(.+?)\s*\1\s*$")
_REF_LINE = re.compile(r"^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)]|\^)\s+(.*)$")


def text_to_wiki_html(text: str) -> tuple[str, str]:
    """Wrap a plain-text article as Wikipedia-style HTML: (title, body).

    The first line is the title when it is short; "== X ==" lines become headings; numbered
    lines after a back-matter heading become the reference list (<ol class="references">);
    the other lines, as written, are paragraphs, one per run of lines between blank lines,
    broken with <br> where the text breaks them.
    """
    lines = text.splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    title = ""
    first = lines[0].strip() if lines else ""
    if first and len(first) < 90 and not first.endswith((".", "।")) and "''" not in first:
        title = lines.pop(0).strip()
    out: list[str] = []
    refs: list[str] = []
    paragraph: list[str] = []

    def close() -> None:
        if refs:
            out.append('<div class="reflist"><ol class="references">' + "".join(refs) + "</ol></div>")
            refs.clear()
        if paragraph:
            out.append("<p>" + "<br>".join(html.escape(line.strip()) for line in paragraph) + "</p>")
            paragraph.clear()

    back_matter = False
    for line in lines:
        if not line.strip():
            close()
            continue
        heading = _WIKI_HEADING.match(line)
        if heading:
            close()
            out.append(f"<h2>{html.escape(heading.group(2))}</h2>")
            back_matter = is_back_matter_heading(heading.group(2))
            continue
        ref = _REF_LINE.match(line)
        if ref and back_matter:
            if paragraph:
                close()
            n = len(refs) + 1
            refs.append(f'<li id="cite_note-{n}"><span class="mw-cite-backlink"><a href="#cite_ref-{n}">^</a>'
                        f'</span> <span class="reference-text">{html.escape(ref.group(3))}</span></li>')
            continue
        if refs:
            close()
        paragraph.append(line)
    close()
    return title, "".join(out)
