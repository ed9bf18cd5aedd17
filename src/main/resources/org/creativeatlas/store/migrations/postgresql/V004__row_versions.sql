-- Several researchers edit one catalogue at once.
-- Versions: every actor, link and name variant carries one, raised by one with each change; an edit is stored only
-- if the row is still at the version its editor read (UPDATE ... WHERE id = ? AND version = ?).
ALTER TABLE actor ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE link ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE name_variant ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- fold(): the same case folding as the app's TextFold (NFKC, Unicode lower case, ё → е). ICU's lower case does
-- not depend on the database's locale, so Kazakh and Russian letters fold even in a database made with locale C.
CREATE FUNCTION atlas_fold(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT translate(lower(normalize(t, NFKC) COLLATE "und-x-icu"), 'ё', 'е')
$$;

-- The change log: which actors each committed transaction touched, and by which client (atlas.client, set by
-- each connection) and role. A client that was away asks for the transactions it may not have seen
-- (tx >= the oldest transaction still running when it last asked), so none is missed whatever order they commit in.
CREATE TABLE change_log (
    seq      BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tx       xid8        NOT NULL DEFAULT pg_current_xact_id(),
    origin   TEXT,
    who      TEXT        NOT NULL DEFAULT current_user,
    tbl      TEXT        NOT NULL,
    row_id   BIGINT      NOT NULL,
    actor_id BIGINT      NOT NULL,
    op       TEXT        NOT NULL,
    at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX change_log_tx ON change_log (tx);
CREATE INDEX change_log_actor ON change_log (actor_id, seq);

-- One statement-level trigger function for every table: its arguments name the columns that hold the actors a row
-- touches (id for an actor, from_id and to_id for a link, actor_id for a name or a mention), and the rows come from
-- the transition table (old_rows for a delete, new_rows otherwise), so an import of 100 000 rows is logged by one
-- INSERT per column, not 100 000 trigger calls. The notification carries the actors touched (for up to 500 rows;
-- more, and clients read the log) and the client that made the change, so that client does not apply it again.
CREATE FUNCTION atlas_log_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    client TEXT := nullif(current_setting('atlas.client', true), '');
    rows   TEXT := CASE WHEN TG_OP = 'DELETE' THEN 'old_rows' ELSE 'new_rows' END;
    col    TEXT;
    n      BIGINT;
    ids    BIGINT[];
    parts  TEXT[] := '{}';
BEGIN
    EXECUTE format('SELECT count(*) FROM %I', rows) INTO n;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    FOREACH col IN ARRAY TG_ARGV LOOP
        EXECUTE format('INSERT INTO change_log (origin, tbl, row_id, actor_id, op) '
                       'SELECT $1, $2, id, %I, $3 FROM %I WHERE %I IS NOT NULL', col, rows, col)
            USING client, TG_TABLE_NAME, left(TG_OP, 1);
        parts := parts || format('SELECT %I AS a FROM %I', col, rows);
    END LOOP;
    IF n <= 500 THEN
        EXECUTE 'SELECT array_agg(DISTINCT a) FROM (' || array_to_string(parts, ' UNION ALL ') || ') s' INTO ids;
    END IF;
    PERFORM pg_notify('atlas_changes', json_build_object('o', client, 'a', ids)::TEXT);
    RETURN NULL;
END
$$;

CREATE TRIGGER actor_inserted AFTER INSERT ON actor REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_log_changes('id');
CREATE TRIGGER actor_updated AFTER UPDATE ON actor REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_log_changes('id');
CREATE TRIGGER actor_deleted AFTER DELETE ON actor REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_log_changes('id');
CREATE TRIGGER link_inserted AFTER INSERT ON link REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_log_changes('from_id', 'to_id');
CREATE TRIGGER link_updated AFTER UPDATE ON link REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_log_changes('from_id', 'to_id');
CREATE TRIGGER link_deleted AFTER DELETE ON link REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_log_changes('from_id', 'to_id');
CREATE TRIGGER name_variant_inserted AFTER INSERT ON name_variant REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_log_changes('actor_id');
CREATE TRIGGER name_variant_updated AFTER UPDATE ON name_variant REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_log_changes('actor_id');
CREATE TRIGGER name_variant_deleted AFTER DELETE ON name_variant REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_log_changes('actor_id');
CREATE TRIGGER mention_inserted AFTER INSERT ON mention REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_log_changes('actor_id');
CREATE TRIGGER mention_deleted AFTER DELETE ON mention REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_log_changes('actor_id');
