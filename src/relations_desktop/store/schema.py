"""The database schema and its version (``PRAGMA user_version``)."""

from __future__ import annotations

SCHEMA_VERSION = 4      # 3: events.group_id dropped (groups are made when read, across databases)
                        # 4: documents carry their metadata; events a confidence
# Row ids of a user database start here, so it can be read side by side with the bundled one.
USER_ID_BASE = 1_000_000_000

# unicode61 splits Bengali and Devanagari words at vowel signs unless marks count as letters.
FTS_TOKENIZER = "unicode61 categories 'L* N* Co M*' remove_diacritics 0"

DDL = [
    """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE countries (
        code TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_bn TEXT NOT NULL, name_hi TEXT NOT NULL,
        rank_en INTEGER NOT NULL, rank_bn INTEGER NOT NULL, rank_hi INTEGER NOT NULL,
        aliases TEXT NOT NULL)""",
    """CREATE TABLE documents (
        id INTEGER PRIMARY KEY, file TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, lang TEXT NOT NULL,
        kind TEXT NOT NULL, title TEXT, text TEXT NOT NULL, size INTEGER NOT NULL,
        encoding TEXT NOT NULL, origin TEXT NOT NULL, added TEXT NOT NULL,
        source TEXT, url TEXT, author TEXT, published TEXT, licence TEXT, archive TEXT, archive_date TEXT)""",
    """CREATE TABLE relationships (id INTEGER PRIMARY KEY, a TEXT NOT NULL, b TEXT NOT NULL,
        UNIQUE (a, b), CHECK (a < b))""",
    """CREATE TABLE blocks (
        document_id INTEGER NOT NULL REFERENCES documents(id), kind TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL)""",
    """CREATE TABLE passages (
        id INTEGER PRIMARY KEY, relationship_id INTEGER NOT NULL REFERENCES relationships(id),
        document_id INTEGER NOT NULL REFERENCES documents(id), start INTEGER NOT NULL,
        "end" INTEGER NOT NULL)""",
    """CREATE TABLE sentences (
        id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
        passage_id INTEGER REFERENCES passages(id), start INTEGER NOT NULL, "end" INTEGER NOT NULL)""",
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
    f"""CREATE VIRTUAL TABLE sentences_fts USING fts5(body, countries, content='',
        tokenize="{FTS_TOKENIZER}")""",
]

# Made after the rows are in: building an index once is cheaper than keeping it up per row.
INDEXES = [
    "CREATE INDEX passages_rel ON passages(relationship_id, document_id, start)",
    "CREATE INDEX events_rel ON events(relationship_id, date_start)",
    "CREATE INDEX events_doc ON events(document_id, start)",
    "CREATE INDEX mentions_doc ON mentions(document_id, start)",
    "CREATE INDEX sentences_doc ON sentences(document_id, start)",
    "CREATE INDEX citations_doc ON citations(document_id, n)",
    "CREATE INDEX blocks_doc ON blocks(document_id, start)",
]

TABLES = ("meta", "countries", "documents", "relationships", "blocks", "passages", "sentences", "events",
          "mentions", "citations")
