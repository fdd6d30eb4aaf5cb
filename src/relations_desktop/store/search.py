"""Full-text search over the sentences of all passages, in the bundled and the user corpus.

Queries are folded like the index (digits, nukta, case) and matched by prefix; country
names in any script also match sentences that mention the country in any language.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from relations_desktop.store.connection import attached_schemas
from relations_desktop.store.schema import USER_ID_BASE
from relations_desktop.store.texts import text_slices
from relations_desktop.textnorm import WORD, search_fold

# Ranking (bm25) costs a few microseconds per matching sentence, so an unspecific query
# over a large corpus ranks only the first RANK_WINDOW matches (in index order) per database.
RANK_WINDOW = 500
SNIPPET_CHARS = 200
# Context kept before the first match when a long sentence is trimmed.
_LEAD_CHARS = 60
ELLIPSIS = "…"
# A pasted paragraph is not a query; past this many words the rest is ignored.
MAX_QUERY_WORDS = 24
MAX_QUERY_CHARS = 1000

# What the FTS tokenizer (unicode61 categories 'L* N* Co M*') treats as one token.
_FTS_TOKEN = regex.compile(r"[\p{L}\p{N}\p{Co}\p{M}]+")
_CODE = regex.compile(r"[A-Z]{2}")


@dataclass(frozen=True)
class Hit:
    """One matching sentence, with where it is and what to show."""
    document_id: int
    file: str
    lang: str
    pair: tuple[str, str]               # the relationship of the sentence's passage
    start: int                          # sentence span in the document text
    end: int
    sentence: str
    snippet: str
    highlights: list[tuple[int, int]]   # spans of ``snippet`` that matched
    rank: float                         # bm25, or the sentence's length for a crowded query: lower is better
    sentence_id: int = 0
    origin: str = "bundled"             # "bundled" or "user"


@dataclass(frozen=True)
class Query:
    """A parsed query: the FTS5 MATCH expression and what to highlight."""
    expression: str | None              # None when the query has nothing to search for
    tokens: tuple[str, ...]             # folded tokens matched as prefixes
    countries: tuple[str, ...]          # ISO codes the query names
    exact: tuple[str, ...] = ()         # folded tokens matched whole

    @property
    def whole_words(self) -> str | None:
        """The expression with every word matched whole (no prefixes): FTS5 reads it lazily,
        where a prefix makes it merge the lists of every word the prefix starts first."""
        return self.expression.replace('"*', '"') if self.expression else None   # tokens hold no quotes


def fts_tokens(text: str) -> list[str]:
    """The tokens the full-text index holds for ``text`` (folded as the index is)."""
    return _FTS_TOKEN.findall(search_fold(text))


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


# Hindi changes a word's last vowel where Bengali and English add to it: समझौता (an agreement),
# समझौते पर (on one), समझौतों से (by them); मंत्री (a minister), मंत्रियों ने (ministers). A word
# typed in its dictionary form is also looked for in those forms: (its last vowel sign, the
# endings that take its place), for words of three letters or more.
_HINDI_FORMS = (("\u093e", ("\u0947", "\u094b\u0902")),      # -ā: -e, -õ
                ("\u0940", ("\u093f",)))                        # -ī: -i(yā̃), -i(yõ)


def word_forms(token: str) -> list[str]:
    """A folded query token and the forms of it to look for too (Hindi; see _HINDI_FORMS)."""
    if len(token) < 3 or not "\u0900" <= token[0] <= "\u097f":
        return [token]
    out = [token]
    for last, endings in _HINDI_FORMS:
        if token.endswith(last):
            for ending in endings:
                out += [t for t in fts_tokens(token[:-1] + ending) if t not in out]
    return out


def parse_query(query: str) -> Query:
    """Turn what a person typed into a MATCH expression built only from quoted tokens.

    Every word becomes ``body:"word"*`` and all words must match. A word (or words) that
    names a country is instead ``(body:"word" OR countries:"CC")``: the country's mentions
    already cover its inflected and derived forms in every script, and a prefix there would
    cost a merge over one of the most frequent terms of the corpus. A one-character word is
    matched whole, not as a prefix of thousands of words. No character of the input reaches
    FTS5 except inside a quoted token, so no input is an FTS syntax error.
    """
    text = unicodedata.normalize("NFC", (query or "")[:MAX_QUERY_CHARS])
    words = list(WORD.finditer(text))[:MAX_QUERY_WORDS]
    if not words:
        return Query(None, (), ())
    from relations_desktop.corpus.countries import find_mentions  # the gazetteer loads on first search
    mentions = [m for m in find_mentions(text) if m.is_country and m.code and _CODE.fullmatch(m.code)]
    groups: list[tuple[list[str], str | None]] = []
    codes: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        mention = next((m for m in mentions if m.start <= w.start() < m.end), None)
        if mention is None:
            toks = fts_tokens(w.group(0))
            i += 1
            code = None
        else:
            toks = []
            while i < len(words) and words[i].start() < mention.end:
                toks.extend(fts_tokens(words[i].group(0)))
                i += 1
            code = mention.code
            if code not in codes:
                codes.append(code)
        if toks or code:
            groups.append((toks, code))
    parts = []
    prefixes: list[str] = []
    exact: list[str] = []
    for toks, code in groups:
        forms = {t: [t] if code or len(t) == 1 else word_forms(t) for t in toks}
        for t in toks:
            kind = exact if code or len(t) == 1 else prefixes
            kind += [f for f in forms[t] if f not in kind]
        body = " AND ".join(_matches(forms[t], whole=bool(code) or len(t) == 1) for t in toks)
        if code:
            country = f"countries:{_quote(code)}"
            parts.append(f"(({body}) OR {country})" if body else country)
        elif body:
            parts.append(f"({body})")
    return Query(" AND ".join(parts) if parts else None, tuple(prefixes), tuple(codes), tuple(exact))


def _matches(forms: list[str], whole: bool) -> str:
    """A token's forms in the body, whole or as prefixes: one, or several in parentheses."""
    one = [f"body:{_quote(f)}" + ("" if whole else "*") for f in forms]
    return one[0] if len(one) == 1 else "(" + " OR ".join(one) + ")"


# The id says where a document comes from (user documents are offset by USER_ID_BASE).
# The sentence's text is read from the chunks that hold it (texts.text_slices).
_ROWS_SQL = """
SELECT h.id, h.rank, s.document_id, s.start, s."end", d.file, d.lang, r.a, r.b
FROM (SELECT id, rank FROM (SELECT f.rowid AS id, f.rank AS rank FROM {s}.sentences_fts AS f
                             WHERE f.sentences_fts MATCH :q ORDER BY f.rowid LIMIT :window)
      ORDER BY rank, id LIMIT :limit) AS h
JOIN {s}.sentences AS s ON s.id = h.id
JOIN {s}.documents AS d ON d.id = s.document_id
JOIN {s}.passages AS p ON p.id = s.passage_id
JOIN {s}.relationships AS r ON r.id = p.relationship_id
WHERE d.duplicate_of IS NULL
"""

# The first matches in index order, without ranking them: cheap however large the index.
_WINDOW_SQL = """
SELECT f.rowid FROM {s}.sentences_fts AS f WHERE f.sentences_fts MATCH :q ORDER BY f.rowid LIMIT :window
"""

# A window ranked by the length of its sentences, the shorter first.
_CROWDED_SQL = """
SELECT s.id, s."end" - s.start AS rank, s.document_id, s.start, s."end", d.file, d.lang, r.a, r.b
FROM {s}.sentences AS s
JOIN {s}.documents AS d ON d.id = s.document_id
JOIN {s}.passages AS p ON p.id = s.passage_id
JOIN {s}.relationships AS r ON r.id = p.relationship_id
WHERE s.id IN ({ids}) AND d.duplicate_of IS NULL
ORDER BY rank, s.id LIMIT :limit
"""


def _ranked_rows(conn: sqlite3.Connection, query: Query, limit: int) -> list[tuple]:
    """(schema, sentence id, rank, document id, start, end, file, lang, a, b), best first.

    Two costs grow with a library of 100,000 documents. A prefix ("সম্পর্ক"*) makes FTS5 merge
    the lists of every word it starts before the first match comes (20 ms for a common word);
    and bm25 counts, for each word of the query, every sentence that has it (50 ms or more).
    So the words are first matched whole, which FTS5 reads lazily: when that already fills the
    window in a database (a common word: the window is the first matches in index order
    anyway) the window is taken from it, and ranked by sentence length instead of bm25, for
    every database alike so that ranks stay comparable within one query. Otherwise the
    prefixes are matched and the few matches ranked by bm25.
    """
    window = max(limit, RANK_WINDOW)
    schemas = attached_schemas(conn)

    def windows_of(expression: str) -> dict[str, list[int]]:
        return {s: [r[0] for r in conn.execute(_WINDOW_SQL.format(s=s), {"q": expression, "window": window})]
                for s in schemas}

    assert query.expression is not None
    windows = windows_of(query.whole_words or query.expression)
    crowded = any(len(ids) >= window for ids in windows.values())
    if not crowded and query.whole_words != query.expression:
        windows = windows_of(query.expression)
        crowded = any(len(ids) >= window for ids in windows.values())
    expression = query.expression
    rows: list[tuple] = []
    for schema in schemas:
        if crowded:
            ids = windows[schema]
            if ids:
                sql = _CROWDED_SQL.format(s=schema, ids=",".join(map(str, ids)))
                rows += [(schema, *row) for row in conn.execute(sql, {"limit": limit})]
        elif windows[schema]:
            rows += [(schema, *row) for row in conn.execute(
                _ROWS_SQL.format(s=schema), {"q": expression, "limit": limit, "window": window})]
    # bm25 from two indexes is not strictly comparable, but it is the best merge we have;
    # the sentence id breaks ties so the order never depends on the database's whims.
    rows.sort(key=lambda r: (r[2], r[1]))
    return rows[:limit]


_MENTIONS_SQL = """
SELECT start, "end", country FROM {s}.mentions
WHERE document_id = ? AND start >= ? AND start < ? ORDER BY start
"""


def search(conn: sqlite3.Connection, query: str, limit: int = 50) -> list[Hit]:
    """The best ``limit`` sentences for ``query`` across every attached corpus, best first.

    ``conn`` is from ``open_corpus`` (or ``open_readonly``). When more than ``RANK_WINDOW``
    sentences of one database match, only the first ``RANK_WINDOW`` of them (in index
    order) are ranked, by length (see ``_ranked_rows``). Never raises for anything typed: an
    empty or punctuation-only query gives no hits.
    """
    parsed = parse_query(query)
    if parsed.expression is None or limit <= 0:
        return []
    hits = []
    seen: dict[str, bool] = {}
    for schema, sid, rank, doc_id, start, end, file, lang, a, b in _ranked_rows(conn, parsed, limit):
        (sentence,) = text_slices(conn, doc_id, [(start, end)], table=f"{schema}.document_text")
        spans = word_highlights(sentence, parsed.tokens, parsed.exact, seen)
        if parsed.countries:
            spans += [(ms - start, me - start) for ms, me, code in
                      conn.execute(_MENTIONS_SQL.format(s=schema), (doc_id, start, end))
                      if code in parsed.countries and me <= end]
        snippet, highlights = make_snippet(sentence, spans)
        hits.append(Hit(document_id=doc_id, file=file, lang=lang, pair=(a, b), start=start, end=end,
                        sentence=sentence, snippet=snippet, highlights=highlights, rank=rank,
                        sentence_id=sid, origin="user" if doc_id >= USER_ID_BASE else "bundled"))
    return hits


@lru_cache(maxsize=65536)
def _word_tokens(word: str) -> tuple[str, ...]:
    return tuple(fts_tokens(word))


def word_highlights(text: str, prefixes: tuple[str, ...] | list[str],
                    exact: tuple[str, ...] | list[str] = (),
                    seen: dict[str, bool] | None = None) -> list[tuple[int, int]]:
    """Spans of the words of ``text`` (original, unfolded) whose folded form starts with one of
    ``prefixes`` or equals one of ``exact`` (folded query tokens). ``seen`` caches the verdict
    per word across the sentences of one query."""
    if not prefixes and not exact:
        return []
    starts, whole = tuple(prefixes), frozenset(exact)
    seen = {} if seen is None else seen
    out = []
    for m in WORD.finditer(text):
        word = m.group()
        ok = seen.get(word)
        if ok is None:
            ok = seen[word] = any(t.startswith(starts) or t in whole for t in _word_tokens(word))
        if ok:
            out.append(m.span())
    return out


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def make_snippet(sentence: str, spans: list[tuple[int, int]],
                 width: int = SNIPPET_CHARS) -> tuple[str, list[tuple[int, int]]]:
    """The sentence on one line, trimmed to about ``width`` characters around the first
    match (with an ellipsis where cut), and the spans shifted to point into the snippet."""
    flat = sentence.replace("\r", " ").replace("\n", " ").replace("\t", " ")   # one for one
    spans = _merge(spans)
    if len(flat) <= width:
        return flat, spans
    first = spans[0][0] if spans else 0
    lo = max(0, min(first - _LEAD_CHARS, len(flat) - width))
    hi = min(len(flat), lo + width)
    # Cut at spaces, not inside words, when a space is near.
    if lo > 0:
        sp = flat.find(" ", lo, min(first, lo + 20))
        if sp != -1:
            lo = sp + 1
    if hi < len(flat):
        sp = flat.rfind(" ", max(lo, hi - 20), hi)
        if sp > lo and (not spans or sp > first):
            hi = sp
    head = ELLIPSIS if lo > 0 else ""
    tail = ELLIPSIS if hi < len(flat) else ""
    body = flat[lo:hi].strip(" ")
    lo += len(flat[lo:hi]) - len(flat[lo:hi].lstrip(" "))
    shift = len(head) - lo
    out = [(max(s, lo) + shift, min(e, lo + len(body)) + shift) for s, e in spans
           if e > lo and s < lo + len(body)]
    return head + body + tail, out
