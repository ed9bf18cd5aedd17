-- Pairs of actors a researcher said are not duplicates, so duplicate finding never proposes them again.
-- Stored lower id first; the pair goes with either actor.
CREATE TABLE dismissed_pair (
    low_id  INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    high_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    PRIMARY KEY (low_id, high_id),
    CHECK (low_id < high_id)
) WITHOUT ROWID;
CREATE INDEX dismissed_pair_high ON dismissed_pair (high_id);
