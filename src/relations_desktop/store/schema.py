"""The database schema, its version (``PRAGMA user_version``) and the migrations between versions.

The bundled corpus and the user's library share one schema, so the two can be read side by
side (``connection.open_corpus``). A library of an older version is brought up to date by the
migrations below when there are some from its version on; one older than ``MIGRATABLE_FROM``
is re-processed from its stored text (``store.userdb.rebuild_user_db``).
"""

from __future__ import annotations

SCHEMA_VERSION = 8      # 3: events.group_id dropped (groups are made when read, across databases)
                        # 4: documents carry their metadata; events a confidence
                        # 5: text stored in chunks; sentences keep their indexed country codes;
                        #    near-duplicate signatures; documents.duplicate_of; a WAL library
                        # 6: the reader's corrections of events and of documents' details
                        # 7: documents.declared_lang (kept for a re-process: it decides a mixed text)
                        # 8: a correction remembers its document's file name, title and source
# Row ids of a user database start here, so it can be read side by side with the bundled one.
USER_ID_BASE = 1_000_000_000
# A document's text is stored in pieces of this many characters (document_text), so that a
# passage is read without reading the whole document: SQLite reads a value whole, and
# substr() of a 20 MB text costs 50-100 ms.
TEXT_CHUNK = 16_384

# unicode61 splits Bengali and Devanagari words at vowel signs unless marks count as letters.
FTS_TOKENIZER = "unicode61 categories 'L* N* Co M*' remove_diacritics 0"

# The reader's own work (store/corrections.py), in the user's library only: the bundled
# database has the tables, empty. A correction is keyed by what survives re-extraction: the
# document's content hash, the sentence's offsets and text (found again when the text moved),
# the date's span in it and the extracted pair, date and type (which of the sentence's events).
# kind: 'event' (a correction of an extracted event) or 'added' (an event the reader added; its
# pair is a, b and its values the new_ ones). new_precision NULL: the date is unchanged (an
# undated event has new_precision 'undated' and new_date NULL). Ids never come back (AUTOINCREMENT):
# a person types them.
CORRECTION_TABLES = [
    """CREATE TABLE corrections (
        id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, sha256 TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, cue_start INTEGER, cue_end INTEGER,
        a TEXT NOT NULL, b TEXT NOT NULL, date TEXT, precision TEXT, type TEXT,
        hidden INTEGER NOT NULL DEFAULT 0, new_a TEXT, new_b TEXT, new_date TEXT, new_precision TEXT,
        new_type TEXT, note TEXT NOT NULL DEFAULT '', created TEXT NOT NULL, updated TEXT NOT NULL,
        sentence TEXT NOT NULL)""",
    # A document's details as the reader corrected them, by content hash (bundled documents stay
    # read-only; imported ones keep theirs through a removal and a new import). NULL: unchanged;
    # '': cleared.
    """CREATE TABLE document_edits (
        sha256 TEXT PRIMARY KEY, title TEXT, source TEXT, url TEXT, author TEXT, published TEXT,
        updated TEXT NOT NULL)""",
]
# Version 8: a correction remembers its document as last seen (file name; title and source as
# corrected), so that one whose document is gone from the library is still named by it. Added
# the same way to a new database and to a migrated one, so the columns stand in the same order.
DOCUMENT_NAME_COLUMNS = [f"ALTER TABLE corrections ADD COLUMN {c} TEXT"
                         for c in ("document_file", "document_title", "document_source")]
# The corrections of the library's documents (those ``where`` keeps) remember them as they are
# now: written when a library is brought to version 8, re-processed, or a document is removed.
REMEMBER_DOCUMENTS = """UPDATE corrections SET document_file = d.file,
    document_title = CASE WHEN x.title IS NULL THEN d.title ELSE nullif(x.title, '') END,
    document_source = CASE WHEN x.source IS NULL THEN d.source ELSE nullif(x.source, '') END
    FROM documents d LEFT JOIN document_edits x ON x.sha256 = d.sha256
    WHERE d.sha256 = corrections.sha256 AND {where}"""
CORRECTION_INDEXES = [
    "CREATE INDEX corrections_pair ON corrections(a, b)",
    "CREATE INDEX corrections_new_pair ON corrections(new_a, new_b) WHERE new_a IS NOT NULL",
    "CREATE INDEX corrections_document ON corrections(sha256, start)",
]

# Small columns first: a column stored after a long one is read by walking its overflow pages.
DDL = [
    """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE countries (
        code TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_bn TEXT NOT NULL, name_hi TEXT NOT NULL,
        rank_en INTEGER NOT NULL, rank_bn INTEGER NOT NULL, rank_hi INTEGER NOT NULL,
        aliases TEXT NOT NULL)""",
    """CREATE TABLE documents (
        id INTEGER PRIMARY KEY, file TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, lang TEXT NOT NULL,
        kind TEXT NOT NULL, title TEXT, size INTEGER NOT NULL, chars INTEGER NOT NULL,
        encoding TEXT NOT NULL, origin TEXT NOT NULL, added TEXT NOT NULL,
        duplicate_of INTEGER,
        source TEXT, url TEXT, author TEXT, published TEXT, licence TEXT, archive TEXT, archive_date TEXT,
        declared_lang TEXT)""",
    """CREATE TABLE document_text (
        document_id INTEGER NOT NULL, n INTEGER NOT NULL, text TEXT NOT NULL,
        PRIMARY KEY (document_id, n))""",
    """CREATE TABLE relationships (id INTEGER PRIMARY KEY, a TEXT NOT NULL, b TEXT NOT NULL,
        UNIQUE (a, b), CHECK (a < b))""",
    """CREATE TABLE blocks (
        document_id INTEGER NOT NULL REFERENCES documents(id), kind TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL)""",
    """CREATE TABLE passages (
        id INTEGER PRIMARY KEY, relationship_id INTEGER NOT NULL REFERENCES relationships(id),
        document_id INTEGER NOT NULL REFERENCES documents(id), start INTEGER NOT NULL,
        "end" INTEGER NOT NULL)""",
    # codes: the country codes the full-text index holds for the sentence (sentences_fts.countries),
    # kept so that the sentence can be taken out of the index again.
    """CREATE TABLE sentences (
        id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
        passage_id INTEGER REFERENCES passages(id), start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        codes TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE events (
        id INTEGER PRIMARY KEY, relationship_id INTEGER NOT NULL REFERENCES relationships(id),
        document_id INTEGER NOT NULL REFERENCES documents(id),
        sentence_id INTEGER REFERENCES sentences(id),
        date TEXT, date_start TEXT, date_end TEXT, precision TEXT NOT NULL, type TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        cue_start INTEGER, cue_end INTEGER, confidence REAL)""",
    """CREATE TABLE mentions (
        document_id INTEGER NOT NULL REFERENCES documents(id), country TEXT,
        kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL)""",
    """CREATE TABLE citations (
        id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id), n INTEGER,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL)""",
    # Near-duplicates by content (corpus.neardup): a document's MinHash signature, and its band
    # keys indexed so that the candidates for a new document are found without a scan.
    """CREATE TABLE signatures (document_id INTEGER PRIMARY KEY, signature BLOB NOT NULL)""",
    """CREATE TABLE signature_bands (band INTEGER NOT NULL, document_id INTEGER NOT NULL,
        PRIMARY KEY (band, document_id)) WITHOUT ROWID""",
    *CORRECTION_TABLES,
    *DOCUMENT_NAME_COLUMNS,
    # Prefix indexes of 2 and 3 characters: what a person has typed of a word so far is
    # looked up, not merged from every word it starts (50 ms over 100,000 documents, now 0.2).
    f"""CREATE VIRTUAL TABLE sentences_fts USING fts5(body, countries, content='', prefix='2 3',
        tokenize="{FTS_TOKENIZER}")""",
]

# A bundled database makes them after its rows are in (building an index once is cheaper than
# keeping it up per row); a user library has them from the start.
INDEXES = [
    "CREATE INDEX passages_rel ON passages(relationship_id, document_id, start)",
    "CREATE INDEX passages_doc ON passages(document_id, start)",
    # By relationship, then in the order the rows are stored: a relationship's events are read
    # from neighbouring pages, and counted per document without the table.
    "CREATE INDEX events_rel ON events(relationship_id, document_id, id)",
    "CREATE INDEX events_doc ON events(document_id, start)",
    "CREATE INDEX mentions_doc ON mentions(document_id, start)",
    "CREATE INDEX sentences_doc ON sentences(document_id, start)",
    "CREATE INDEX citations_doc ON citations(document_id, n)",
    "CREATE INDEX blocks_doc ON blocks(document_id, start)",
    "CREATE INDEX bands_doc ON signature_bands(document_id)",
    "CREATE INDEX documents_duplicates ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL",
    *CORRECTION_INDEXES,
]

TABLES = ("meta", "countries", "documents", "document_text", "relationships", "blocks", "passages",
          "sentences", "events", "mentions", "citations", "signatures", "signature_bands", "corrections",
          "document_edits")

# Tables whose rows belong to one document, by the column naming it: removing a document
# deletes its rows from each (the full-text index is cleared from ``sentences`` first).
DOCUMENT_TABLES = (("document_text", "document_id"), ("blocks", "document_id"), ("citations", "document_id"),
                   ("mentions", "document_id"), ("events", "document_id"), ("sentences", "document_id"),
                   ("passages", "document_id"), ("signature_bands", "document_id"),
                   ("signatures", "document_id"), ("documents", "id"))

# Tables a full re-process carries over row for row (the user's own work, such as corrections,
# keyed so that it survives re-extraction). A table added here must exist in DDL.
KEPT_ON_REPROCESS: tuple[str, ...] = ("corrections", "document_edits")

# Schema changes that keep the extraction valid: version -> statements that bring a library of
# that version to the next one (run in one transaction with the version bump). A change of
# the extraction itself needs no entry: the pipeline version in meta triggers a re-process.
MIGRATIONS: dict[int, list[str]] = {
    5: [*CORRECTION_TABLES, *CORRECTION_INDEXES],
    6: ["ALTER TABLE documents ADD COLUMN declared_lang TEXT"],
    7: [*DOCUMENT_NAME_COLUMNS, REMEMBER_DOCUMENTS.format(where="1")],
}
# The oldest version the migrations start from; an older library is re-processed.
MIGRATABLE_FROM = 5

# The views that read the bundled and the user database as one (connection.open_corpus), and
# which of them leave out what near-duplicate documents say (their rows stay, reachable).
VIEWS = ("documents", "document_text", "relationships", "passages", "sentences", "events", "mentions", "citations",
         "blocks", "corrections", "document_edits")
WITHOUT_DUPLICATES = ("passages", "sentences", "events")
