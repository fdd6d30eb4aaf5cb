"""A page's footnotes: the markers in its text, the numbered reference lists they point into and
the labels they show, marked up by MediaWiki's classes or only by links (Markdown, pandoc, blogs)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.etree

from relations_desktop.corpus.formats.render import clean
from relations_desktop.corpus.wiki_headings import is_back_matter_heading

Element = lxml.etree._Element

# Back-matter sections that list links, not the works the text cites: a numbered list there is
# no reference list.
_LINK_SECTIONS = frozenset(("see also", "external links", "further reading", "বহিঃসংযোগ", "আরও দেখুন",
                            "আরো দেখুন", "बाहरी कड़ियाँ", "इन्हें भी देखें"))
_LABEL = re.compile(r"\w{1,3}")                    # "1", "১", "a": what a footnote marker shows
_BACKLINK = re.compile(r"[\s↩↑^\ufe0e\ufe0f]+")     # "↩", "↩︎", "^": a note's link back to its marker
_BACKLINKS = (".//*[contains(concat(' ', @class, ' '), ' mw-cite-backlink ')]"
              " | .//a[starts-with(@href, '#cite_ref') or contains(@href, '#cite_ref')]"
              " | .//a[@role='doc-backlink']")


@dataclass
class Notes:
    labels: dict[str, str] = field(default_factory=dict)        # a note's id -> its first marker's label
    markers: dict[Element, str] = field(default_factory=dict)   # a marker without MediaWiki's classes -> label
    lists: set[Element] = field(default_factory=set)            # the numbered lists those markers point into

    def marker(self, el: Element) -> str | None:
        """The text a footnote marker is read as ("[1]"), or None when ``el`` is none."""
        classes = el.get("class") or ""
        if el.tag == "sup" and ("reference" in classes.split() or "mw-ref" in classes):
            return _marker_text(el)
        label = self.markers.get(el)
        return None if label is None else f"[{label}]"

    def is_reference_list(self, ol: Element, section: str) -> bool:
        """Whether ``ol`` (in the section under the heading ``section``) lists the references."""
        return _is_wiki_references(ol) or ol in self.lists or is_reference_section(section)


def is_reference_section(heading: str) -> bool:
    """Whether a section under this heading lists references (a numbered list there is one)."""
    return is_back_matter_heading(heading) and heading.strip(" =:").casefold() not in _LINK_SECTIONS


def backlinks(li: Element) -> list[Element]:
    """The links of a note back to its markers ("^ a b", "↩")."""
    found = li.xpath(_BACKLINKS)
    return found + [a for a in li.iter("a") if a not in found and _BACKLINK.fullmatch("".join(a.itertext()))]


def find_notes(root: Element) -> Notes:
    """The footnotes of the page under ``root``."""
    notes = Notes()
    for sup in root.iter("sup"):
        if "reference" not in (sup.get("class") or "").split() and "mw-ref" not in (sup.get("class") or ""):
            continue
        a = sup.find(".//a")
        target = _fragment(a.get("href")) if a is not None else None
        if target and target not in notes.labels:
            notes.labels[target] = _marker_text(sup).strip("[]")
    items = {li.get("id"): li for ol in root.iter("ol") if not _is_wiki_references(ol)
             for li in ol if li.tag == "li" and li.get("id")}
    if not items:
        return notes
    # A superscript link, or a link around a superscript, to an item of a numbered list.
    for a in root.iter("a"):
        target = _fragment(a.get("href"))
        li = items.get(target)
        if li is None:
            continue
        parent = a.getparent()
        if parent is not None and parent.tag == "sup" and len(parent) == 1:
            marker = parent
        elif a.get("role") == "doc-noteref" or a.find("sup") is not None:
            marker = a
        else:
            continue
        label = clean("".join(marker.itertext())).strip("[]")
        if _LABEL.fullmatch(label):
            notes.markers[marker] = label
            notes.labels.setdefault(target, label)
            notes.lists.add(li.getparent())
    return notes


def _fragment(href: str | None) -> str | None:
    if not href or "#" not in href:
        return None
    return href.rsplit("#", 1)[1] or None


def _marker_text(el: Element) -> str:
    text = clean("".join(el.itertext()))
    if text and not text.startswith("["):
        text = f"[{text}]"
    return text


def _is_wiki_references(ol: Element) -> bool:
    classes = (ol.get("class") or "").split()
    return "references" in classes or "mw-references" in classes
