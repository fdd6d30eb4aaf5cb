"""The relationship's sources as a bibliography for reference managers: CSL-JSON (pandoc,
Zotero), RIS (Zotero, Mendeley, EndNote) and BibTeX/biblatex. One item per document, made once
(``source_items``, in CSL-JSON's terms) and written in each format; titles in any script are
kept as they are (UTF-8)."""

from __future__ import annotations

import json
import re
from typing import Any

from relations_desktop.present.citations import source_title
from relations_desktop.present.dossier import Dossier
from relations_desktop.store.queries import SourceDocument

# Document kind -> CSL type, RIS type, BibTeX type (with an address / without one).
_TYPES = {
    "encyclopedia": ("entry-encyclopedia", "ENCYC", "online", "misc"),
    "news": ("article-newspaper", "NEWS", "online", "misc"),
    "article": ("webpage", "ELEC", "online", "misc"),
}
_LANGUAGE_NAMES = {"bn": "bengali", "hi": "hindi", "en": "english"}      # biblatex/babel language names


def item_id(doc: SourceDocument) -> str:
    """A stable ASCII key: language and the start of the content hash (same text, same key)."""
    return f"{doc.lang}-{(doc.sha256 or str(doc.id))[:10]}"


def _date_parts(value: str | None) -> list[int] | None:
    if not value or not re.fullmatch(r"\d{4}(-\d{2}){0,2}", value):
        return None
    return [int(x) for x in value.split("-")]


def source_items(dossier: Dossier) -> list[dict[str, Any]]:
    """The sources as CSL-JSON items."""
    items = []
    for doc in dossier.sources:
        meta = doc.meta
        item: dict[str, Any] = {"id": item_id(doc), "type": _TYPES.get(doc.kind, _TYPES["article"])[0],
                                "title": source_title(doc), "language": doc.lang}
        if meta.author:
            item["author"] = [{"literal": meta.author}]     # a name as written: not split into parts
        if meta.source:
            item["container-title"] = meta.source
        published = _date_parts(meta.published)
        if published:
            item["issued"] = {"date-parts": [published]}
        accessed = _date_parts(meta.archive_date)
        if accessed:
            item["accessed"] = {"date-parts": [accessed]}
        if meta.url:
            item["URL"] = meta.url
        if meta.archive:
            item["archive"] = meta.archive
        if meta.licence:
            item["license"] = meta.licence
        items.append(item)
    return items


def to_csl_json(dossier: Dossier) -> bytes:
    return (json.dumps(source_items(dossier), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _one_line(value: str) -> str:
    return " ".join(str(value).split())


def _ris_date(parts: list[int]) -> str:
    y, m, d = [*parts, None, None][:3]
    return f"{y:04d}/{'' if m is None else f'{m:02d}'}/{'' if d is None else f'{d:02d}'}/"


def to_ris(dossier: Dossier) -> bytes:
    """RIS records, CRLF line ends as the format asks. The licence goes in CR, which Zotero reads
    as the item's rights."""
    lines: list[str] = []
    kinds = {doc.id: doc.kind for doc in dossier.sources}
    for doc, item in zip(dossier.sources, source_items(dossier), strict=True):
        tags: list[tuple[str, str]] = [("TY", _TYPES.get(kinds[doc.id], _TYPES["article"])[1]), ("ID", item["id"]),
                                       ("TI", item["title"])]
        tags += [("AU", a["literal"]) for a in item.get("author", [])]
        if "container-title" in item:
            tags.append(("T2", item["container-title"]))
        if "issued" in item:
            parts = item["issued"]["date-parts"][0]
            tags += [("PY", f"{parts[0]:04d}"), ("DA", _ris_date(parts))]
        if "accessed" in item:
            tags.append(("Y2", _ris_date(item["accessed"]["date-parts"][0])))
        if "URL" in item:
            tags.append(("UR", item["URL"]))
        tags.append(("LA", item["language"]))
        if "archive" in item:
            tags.append(("DB", item["archive"]))
        if "license" in item:
            tags.append(("CR", item["license"]))
        lines += [f"{tag}  - {_one_line(value)}" for tag, value in tags]
        lines += ["ER  - ", ""]
    return "\r\n".join(lines).encode("utf-8")


_BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
                   "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
_BIBTEX_SPECIAL_RE = re.compile("|".join(re.escape(c) for c in _BIBTEX_SPECIAL))


def bibtex_escape(text: str) -> str:
    """Text for a braced BibTeX field: LaTeX's special characters escaped, every other character
    (Bengali, Devanagari, accented Latin) left as UTF-8, which biber, pandoc and Zotero read."""
    return _BIBTEX_SPECIAL_RE.sub(lambda m: _BIBTEX_SPECIAL[m.group()], _one_line(text))


def _bibtex_url(url: str) -> str:
    # A URL is read verbatim (url/hyperref): only braces, which would unbalance the field, are encoded.
    return _one_line(url).replace("{", "%7B").replace("}", "%7D")


def to_bibtex(dossier: Dossier) -> bytes:
    """biblatex entries (@online with an address, else @misc) that classic BibTeX reads too:
    titles double-braced so styles keep their case, authors braced as one name."""
    entries = []
    for doc, item in zip(dossier.sources, source_items(dossier), strict=True):
        types = _TYPES.get(doc.kind, _TYPES["article"])
        fields: list[tuple[str, str]] = [("title", "{" + bibtex_escape(item["title"]) + "}")]
        fields += [("author", "{" + bibtex_escape(a["literal"]) + "}") for a in item.get("author", [])[:1]]
        if "container-title" in item:
            fields.append(("organization" if "URL" in item else "howpublished", bibtex_escape(item["container-title"])))
        if "issued" in item:
            parts = item["issued"]["date-parts"][0]
            fields += [("year", f"{parts[0]:04d}"), ("date", "-".join(f"{p:02d}" for p in parts))]
        if "URL" in item:
            fields.append(("url", _bibtex_url(item["URL"])))
        if "accessed" in item:
            fields.append(("urldate", "-".join(f"{p:02d}" for p in item["accessed"]["date-parts"][0])))
        fields.append(("langid", _LANGUAGE_NAMES.get(doc.lang, doc.lang)))
        if "license" in item:
            fields.append(("copyright", bibtex_escape(item["license"])))
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
        entries.append(f"@{types[2] if 'URL' in item else types[3]}{{{item['id']},\n{body}\n}}\n")
    return "\n".join(entries).encode("utf-8")
