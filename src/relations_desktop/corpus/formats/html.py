"""Saved web pages and ZIM article HTML: the main text as blocks (navigation, banners,
footers, infoboxes and navboxes dropped), with title, site, URL, author and date."""

from __future__ import annotations

import functools
import hashlib
import json
import re
import threading
from dataclasses import dataclass, replace
from datetime import datetime

import lxml.etree

from relations_desktop.corpus.document import DocumentMeta, LayoutSpan, RawDocument
from relations_desktop.corpus.formats.notes import Notes, backlinks, find_notes, is_reference_section
from relations_desktop.corpus.formats.render import (
    CAPTION,
    CITATION,
    HATNOTE,
    HEADING,
    LIST_ITEM,
    PARA,
    TABLE_ROW,
    TITLE,
    TextBuilder,
    clean,
)
from relations_desktop.corpus.formats.tables import RowGrid, row_text
from relations_desktop.corpus.wiki_headings import is_back_matter_heading
from relations_desktop.errors import DocumentError

# Elements that never hold prose.
_DROP_TAGS = frozenset((
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "button", "input", "select", "textarea", "form", "img", "picture", "video", "audio", "map",
    "nav", "aside", "header", "footer", "dialog", "link", "meta", "head"))
_DROP_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary", "search", "dialog",
                         "alertdialog", "menu", "menubar", "toolbar"))
# Words of class names and ids that mark page furniture, matched between - and _.
_JUNK = re.compile(
    r"(?:^|[-_])(?:nav|navbar|navbox|navigation|navframe|menu|menubar|toolbar|breadcrumbs?|footer|"
    r"cookies?|consent|gdpr|onetrust|cmp|banner|subscribe|newsletter|share|sharing|social|sidebar|"
    r"related|comments?|advert|advertisement|ads?|promo|popup|modal|infobox|sistersitebox|metadata|"
    r"ambox|mbox|catlinks|printfooter|editsection|toc|toclimit|noprint|skip|masthead|topbar|signup|"
    r"login|paywall|siteSub|contentSub|jump|mw-navigation|portlet|authorbox|byline|tags)(?:$|[-_])",
    re.IGNORECASE)
# Furniture words that also name things we keep ("navigation-not-searchable" hatnotes).
_KEEP = re.compile(r"(?:^|[-_])(?:hatnote|reflist|references|reference|mw-references-wrap|thumbcaption)(?:$|[-_])",
                   re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = frozenset((
    "p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "dl", "dt", "dd",
    "table", "thead", "tbody", "tfoot", "figure", "center", "address", "details", "summary", "body",
    "html", "fieldset", "hr"))
_CAPTIONS = frozenset(("figcaption", "caption"))
_ROW_GROUPS = frozenset(("table", "thead", "tbody", "tfoot"))     # no cell spans rows beyond its group
_MAIN = ("article", "main")
_MAIN_IDS = re.compile(r"^(?:content|main|main-content|mw-content-text|bodyContent|article-body|story-body)$")
_MAIN_CLASSES = re.compile(r"(?:^|\s)(?:mw-parser-output|entry-content|post-content|article-body|article-content|"
                           r"story-body|story-content)(?:\s|$)")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_REFERENCES_HEADING = {"en": "References", "bn": "তথ্যসূত্র", "hi": "सन्दर्भ"}


@dataclass(frozen=True)
class HtmlText:
    text: str
    layout: tuple[LayoutSpan, ...]
    meta: DocumentMeta
    lang: str | None              # the page's declared language (two letters), if any


def decode_html(data: bytes, name: str = "<html>") -> tuple[str, str]:
    """Decode a page: its byte order mark, else its declared charset, else UTF-8, else detected."""
    from relations_desktop.corpus.formats.text import decode, detect_encoding
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data, name)
    m = _CHARSET.search(data, 0, 4096)
    declared = m.group(1).decode("ascii").lower() if m else None
    if declared and declared not in ("utf-8", "utf8"):
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        encoding = detect_encoding(data)
        if encoding is None:
            raise DocumentError(name, "undecodable", "no text encoding fits") from None
        return data.decode(encoding, errors="replace"), encoding


def read_html(data: bytes, name: str, path: str) -> RawDocument:
    """Read one saved web page. Raises DocumentError."""
    markup, encoding = decode_html(data, name)
    page = html_text(markup)
    if not page.text.strip():
        raise DocumentError(name, "empty", "the page has no text")
    return RawDocument(file=name, path=path, sha256=hashlib.sha256(data).hexdigest(), encoding=encoding,
                       text=page.text, size=len(data), meta=replace(page.meta, declared_lang=page.lang),
                       layout=page.layout)


# lxml's own HTML tree, not lxml.html's: the same elements without a Python class lookup for
# each one reached (a tenth of the reading time).
Element = lxml.etree._Element


_PARSERS = threading.local()       # a parser is not to be shared between threads


def _parser() -> lxml.etree.HTMLParser:
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = lxml.etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    return parser


def parse(markup: str) -> Element:
    parser = _parser()       # (one per thread: making one costs as much as parsing an article)
    try:
        root = lxml.etree.fromstring(markup.encode("utf-8", "surrogatepass"), parser)
    except (lxml.etree.ParserError, ValueError):
        root = None
    if root is None:        # an empty document
        root = lxml.etree.fromstring(b"<html><body></body></html>", parser)
    return root


def _drop_tree(el: Element) -> None:
    """Remove ``el`` and what it holds, keeping its tail text (lxml.html's drop_tree)."""
    parent = el.getparent()
    if el.tail:
        previous = el.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + el.tail
        else:
            previous.tail = (previous.tail or "") + el.tail
    parent.remove(el)


def html_text(markup: str, *, title: str | None = None, lang: str | None = None,
              meta: DocumentMeta | None = None, whole_page: bool = False) -> HtmlText:
    """Render a page's main text under the text contract of ``formats.render``.

    ``title``, ``lang`` and ``meta`` override what the page says (a ZIM knows its article's
    title, language and source); ``whole_page`` keeps every block of the body instead of
    looking for the main content (an article's HTML has nothing else).
    """
    root = parse(markup)
    page_meta = _page_meta(root, markup, with_title=not title)
    page_lang = lang or _page_lang(root)
    title = title or page_meta.title
    if meta is not None:
        page_meta = replace(meta, title=title, source=meta.source or page_meta.source, url=meta.url or page_meta.url,
                            author=meta.author or page_meta.author, published=meta.published or page_meta.published,
                            licence=meta.licence or page_meta.licence)
    else:
        page_meta = replace(page_meta, title=title)
    body = root.find("body")
    if body is None:
        body = root
    _drop_furniture(body)
    main = body if whole_page else _main_content(body)
    renderer = _Renderer(page_lang, find_notes(main))
    if title:
        renderer.out.add(TITLE, title)
        renderer.title = clean(title)
    renderer.walk_children(main)
    renderer.flush()
    return HtmlText(renderer.out.text, tuple(renderer.out.layout), page_meta, page_lang)


@functools.lru_cache(maxsize=4096)
def _kept_word(word: str) -> bool:
    return _KEEP.search(word) is not None


@functools.lru_cache(maxsize=4096)
def _junk_word(word: str) -> bool:
    return _JUNK.search(word) is not None


def _is_furniture(el: Element) -> bool:
    tag = el.tag
    if not isinstance(tag, str):
        return True
    if tag in _DROP_TAGS:
        return True
    attrib = el.attrib
    if not attrib:
        return False
    if attrib.get("hidden") is not None or attrib.get("aria-hidden") == "true":
        return True
    if (attrib.get("role") or "").lower() in _DROP_ROLES:
        return True
    style = attrib.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    words = (attrib.get("class") or "").split()
    if attrib.get("id"):
        words.append(attrib["id"])
    if any(map(_kept_word, words)):
        return False
    return any(map(_junk_word, words))


def _drop_furniture(body: Element) -> None:
    doomed = [el for el in body.iter() if el is not body and _is_furniture(el)]
    for el in doomed:
        if el.getparent() is not None:
            _drop_tree(el)


_ALL_TEXT = lxml.etree.XPath("string()")


def _text_length(el: Element) -> int:
    return sum(map(len, map(str.strip, el.itertext())))


def _main_content(body: Element) -> Element:
    """The element holding the page's main text: the largest article, main or known
    content container, when it holds a fair share of the page's text."""
    candidates = [el for el in body.iter(*_MAIN)]
    candidates += [el for el in body.iter() if isinstance(el.tag, str)
                   and (el.get("role") == "main" or _MAIN_IDS.match(el.get("id") or "")
                        or _MAIN_CLASSES.search(el.get("class") or ""))]
    if not candidates:
        return body
    lengths = {el: _text_length(el) for el in candidates}
    best = max(candidates, key=lengths.__getitem__)
    # The page's characters, white space and all (one string made in C), are at least its
    # text's length: enough to tell most pages without walking their text once more.
    if lengths[best] >= max(len(_ALL_TEXT(body)), 1) * 0.25:
        return best
    return best if lengths[best] >= (_text_length(body) or 1) * 0.25 else body


class _Renderer:
    def __init__(self, lang: str | None, notes: Notes) -> None:
        self.out = TextBuilder()
        self.lang = lang
        self.notes = notes
        self.title: str | None = None
        self.section = ""             # the last heading's text
        self.buffer: list[str] = []
        self.kind = PARA
        self.line_break = False       # the buffer continues a line the page broke with <br>
        self.grid = RowGrid()         # the grid columns of the rows of the row group being read

    def flush(self, *, line_break: bool = False) -> None:
        """End the block in the buffer; ``line_break``: at a <br>, so the next line of the
        paragraph follows on the next line (two <br> in a row end the paragraph)."""
        added = bool(self.buffer) and self.out.add(self.kind, "".join(self.buffer),
                                                   same_run=self.line_break) is not None
        self.buffer = []
        self.line_break = line_break and added

    def inline(self, text: str | None) -> None:
        if text:
            self.buffer.append(text)

    def walk_children(self, el: Element) -> None:
        self.inline(el.text)
        for child in el:
            self.walk(child)
            self.inline(child.tail)

    def walk(self, el: Element) -> None:
        tag = el.tag
        if not isinstance(tag, str):
            return
        if tag in _HEADINGS:
            self.flush()
            text = clean("".join(el.itertext()))
            if not (tag == "h1" and text == self.title) and self.out.add(HEADING, text, level=_HEADINGS[tag]):
                self.section = text
            return
        if tag == "br":
            self.flush(line_break=True)
            return
        if tag == "tr":
            self.flush()
            cells = self.grid.row([(clean(_cell_text(c, self.notes)), c.get("colspan"), c.get("rowspan"))
                                   for c in el if c.tag in ("td", "th")])
            self.out.add(TABLE_ROW, row_text(cells))
            return
        if tag == "ol" and self.notes.is_reference_list(el, self.section):
            self.flush()
            self._references(el)
            return
        marker = self.notes.marker(el) if tag in ("sup", "a") else None
        if marker is not None:
            self.inline(marker)
            return
        kind = self._block_kind(tag, el.get("class"))
        if kind is None:          # inline element
            self.walk_children(el)
            return
        self.flush()
        outer, outer_grid = self.kind, self.grid
        self.kind = kind
        if tag in _ROW_GROUPS:
            self.grid = RowGrid()
        self.walk_children(el)
        self.flush()
        self.kind, self.grid = outer, outer_grid

    def _block_kind(self, tag: str, class_names: str | None) -> str | None:
        classes = class_names.split() if class_names else ()
        if "hatnote" in classes:
            return HATNOTE
        if tag in _CAPTIONS or "thumbcaption" in classes:
            return CAPTION
        if tag == "li":
            return LIST_ITEM
        if tag in _BLOCKS:
            # A paragraph inside a list item or a caption is part of it.
            return self.kind if self.kind in (LIST_ITEM, CAPTION, HATNOTE) and tag not in ("ul", "ol") else PARA
        return None

    def _references(self, ol: Element) -> None:
        last = self.out.last
        if last is None or not (last.kind == CITATION or is_reference_section(self.section) or
                                (last.kind == HEADING and is_back_matter_heading(self.out.block_text(last)))):
            self.out.add(HEADING, _REFERENCES_HEADING.get(self.lang or "", "References"), level=2)
            self.section = self.out.block_text(self.out.last)
        count = int(ol.get("start") or 1) if (ol.get("start") or "1").isdigit() else 1
        for li in (el for el in ol if el.tag == "li"):
            if (li.get("value") or "").isdigit():
                count = int(li.get("value"))
            for back in backlinks(li):
                if back.getparent() is not None:
                    _drop_tree(back)
            label = self.notes.labels.get(li.get("id") or "") or str(count)
            count += 1
            text = clean("".join(li.itertext())).lstrip("^↑ ")
            number = int(label) if label.isdecimal() else None
            self.out.add(CITATION, f"[{label}] {text}", number=number)


def _cell_text(el: Element, notes: Notes) -> str:
    """A table cell's words, with a space where a line break or a block inside it ends a line."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            marker = notes.marker(child) if child.tag in ("sup", "a") else None
            if marker is not None:
                parts.append(marker)
            else:
                block = child.tag in _BLOCKS or child.tag in ("br", "li")
                parts += [" " if block else "", _cell_text(child, notes), " " if block else ""]
        parts.append(child.tail or "")
    return "".join(parts)


def _page_lang(root: Element) -> str | None:
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        body = root.find("body")
        lang = body.get("lang") if body is not None else None
    return lang.split("-")[0].lower()[:3] if lang else None


def _meta_values(root: Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        value = (m.get("content") or "").strip()
        if key and value and key not in out:
            out[key] = value
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        for r in ("canonical", "license", "author"):
            if r in rel and link.get("href") and f"link:{r}" not in out:
                out[f"link:{r}"] = link.get("href").strip()
    return out


def _json_ld(root: Element) -> list[dict]:
    items: list[dict] = []
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                items.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
    return items


def _name_of(value: object) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _name_of(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name_of(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD (or YYYY-MM, YYYY) from the date forms pages use; None when unclear."""
    if not value:
        return None
    value = value.strip()
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ]|[+-]\d{2}:?\d{2}$|Z$)", value)
    if m:
        return "-".join(g for g in m.groups() if g)
    for fmt in ("%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%d %b %Y", "%Y/%m/%d", "%a, %d %b %Y %H:%M:%S %z"):
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _strip_site(title: str, site: str | None) -> str:
    """"Story – Site" -> "Story": a site name after a separator is not part of the title."""
    for sep in (" | ", " - ", " – ", " — ", " :: ", " · "):
        head, found, tail = title.rpartition(sep)
        if found and head and (site is None or tail.strip().casefold() == site.casefold()
                               or site.casefold() in tail.casefold()):
            return head.strip()
    return title


def _page_title(root: Element, meta: dict[str, str], ld_article: dict, site: str | None) -> str | None:
    title_el = root.find(".//title")
    h1 = next((clean("".join(h.itertext())) for h in root.iter("h1")), None)
    page_title = clean("".join(title_el.itertext())) if title_el is not None else None
    title = meta.get("og:title") or meta.get("twitter:title") or ld_article.get("headline") or h1 or page_title
    if title:
        title = clean(_strip_site(clean(str(title)), site) if (site or title == page_title) else str(title))
    return title


def _page_meta(root: Element, markup: str, with_title: bool = True) -> DocumentMeta:
    """What the page says about itself; its title only ``with_title`` (a ZIM article's is known)."""
    meta = _meta_values(root)
    ld = _json_ld(root)
    ld_article = next((i for i in ld if "datePublished" in i or "headline" in i), ld[0] if ld else {})
    site = (meta.get("og:site_name") or meta.get("application-name")
            or _name_of(ld_article.get("publisher")) or None)
    title = _page_title(root, meta, ld_article, site) if with_title else None
    saved = _SAVED_FROM.search(markup, 0, 4096)
    url = meta.get("link:canonical") or meta.get("og:url") or (saved.group(1) if saved else None)
    author = (meta.get("author") or meta.get("article:author") or meta.get("byl") or meta.get("dc.creator")
              or _name_of(ld_article.get("author")))
    if author and author.startswith(("http://", "https://")):
        author = None
    published = None
    for key in ("article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date.issued",
                "dc.date", "citation_publication_date", "sailthru.date", "og:published_time"):
        published = iso_date(meta.get(key))
        if published:
            break
    if not published:
        published = iso_date(str(ld_article.get("datePublished") or ""))
    if not published:
        time_el = next((t for t in root.iter("time") if t.get("datetime")
                        and (t.get("pubdate") is not None or t.get("itemprop") == "datePublished")), None)
        published = iso_date(time_el.get("datetime")) if time_el is not None else None
    licence = meta.get("link:license") or meta.get("license") or meta.get("dc.rights")
    return DocumentMeta(title=title or None, source=site, url=url, author=author, published=published,
                        licence=licence)
