-- The catalogue: actors of four types in one table, their name variants, links, sources and mentions.
CREATE TABLE actor (
    id          INTEGER PRIMARY KEY,
    type        TEXT    NOT NULL CHECK (type IN ('organisation', 'platform', 'event', 'person')),
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    kind        TEXT,
    country     TEXT    CHECK (country IS NULL OR length(country) = 2),
    city        TEXT,
    website     TEXT,
    sectors     TEXT,
    status      TEXT    CHECK (status IS NULL OR status IN ('active', 'closed', 'unknown')),
    mode        TEXT    CHECK (mode IS NULL OR mode IN ('online', 'offline', 'hybrid')),
    operator_id INTEGER REFERENCES actor (id) ON DELETE SET NULL,
    languages   TEXT,
    start_year  INTEGER,
    end_year    INTEGER,
    start_date  TEXT,
    end_date    TEXT,
    role        TEXT,
    description TEXT,
    notes       TEXT,
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX actor_type_country ON actor (type, country);
CREATE INDEX actor_operator ON actor (operator_id);

CREATE TABLE name_variant (
    id       INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    text     TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    lang     TEXT
);
CREATE INDEX name_variant_actor ON name_variant (actor_id);

CREATE TABLE link (
    id         INTEGER PRIMARY KEY,
    type       TEXT    NOT NULL CHECK (type IN ('affiliation', 'participation', 'relation')),
    from_id    INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    to_id      INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    role       TEXT,
    start_date TEXT,
    end_date   TEXT,
    note       TEXT,
    CHECK (from_id <> to_id)
);
CREATE INDEX link_from ON link (from_id);
CREATE INDEX link_to ON link (to_id);

CREATE TABLE source (
    id          INTEGER PRIMARY KEY,
    title       TEXT,
    file_name   TEXT,
    language    TEXT,
    date        TEXT,
    sha256      TEXT    NOT NULL UNIQUE,
    text        TEXT    NOT NULL,
    imported_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE mention (
    id        INTEGER PRIMARY KEY,
    actor_id  INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    passage   TEXT
);
CREATE INDEX mention_actor ON mention (actor_id);
CREATE INDEX mention_source ON mention (source_id);

-- Settings that belong to the catalogue (not to the user): the methodology note, pinned node positions, ...
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT
);
