-- Pairs of actors a researcher said are not duplicates; stored lower id first, the pair goes with either actor.
CREATE TABLE dismissed_pair (
    low_id  BIGINT NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    high_id BIGINT NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    PRIMARY KEY (low_id, high_id),
    CHECK (low_id < high_id)
);
CREATE INDEX dismissed_pair_high ON dismissed_pair (high_id);
