-- Live updates cover everything a window shows, not only actors: the catalogue's settings (the network's pinned
-- positions, the report's methodology note), its sources (documents) and the duplicate pairs dismissed. Their rows
-- belong to no one actor, so a log row of theirs has no actor; a setting's key goes in item.
ALTER TABLE change_log ALTER COLUMN row_id DROP NOT NULL;
ALTER TABLE change_log ALTER COLUMN actor_id DROP NOT NULL;
ALTER TABLE change_log ADD COLUMN item TEXT;

-- One log row per changed setting, else one per statement (which sources or pairs changed does not matter: a window
-- reads them again). The notification names the table, and for settings the keys (up to 100; more, and clients
-- read the log).
CREATE FUNCTION atlas_log_contents() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    client TEXT := nullif(current_setting('atlas.client', true), '');
    rows   TEXT := CASE WHEN TG_OP = 'DELETE' THEN 'old_rows' ELSE 'new_rows' END;
    n      BIGINT;
    keys   TEXT[];
BEGIN
    EXECUTE format('SELECT count(*) FROM %I', rows) INTO n;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'setting' THEN
        EXECUTE format('INSERT INTO change_log (origin, tbl, item, op) SELECT $1, $2, key, $3 FROM %I', rows)
            USING client, TG_TABLE_NAME, left(TG_OP, 1);
        IF n <= 100 THEN
            EXECUTE format('SELECT array_agg(key) FROM %I', rows) INTO keys;
        END IF;
        PERFORM pg_notify('atlas_changes', json_build_object('o', client, 't', TG_TABLE_NAME, 'k', keys)::TEXT);
    ELSE
        INSERT INTO change_log (origin, tbl, op) VALUES (client, TG_TABLE_NAME, left(TG_OP, 1));
        PERFORM pg_notify('atlas_changes', json_build_object('o', client, 't', TG_TABLE_NAME)::TEXT);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER setting_inserted AFTER INSERT ON setting REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_log_contents();
CREATE TRIGGER setting_updated AFTER UPDATE ON setting REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_log_contents();
CREATE TRIGGER setting_deleted AFTER DELETE ON setting REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_log_contents();
CREATE TRIGGER source_inserted AFTER INSERT ON source REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_log_contents();
CREATE TRIGGER source_updated AFTER UPDATE ON source REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_log_contents();
CREATE TRIGGER source_deleted AFTER DELETE ON source REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_log_contents();
CREATE TRIGGER dismissed_pair_inserted AFTER INSERT ON dismissed_pair REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_log_contents();
CREATE TRIGGER dismissed_pair_deleted AFTER DELETE ON dismissed_pair REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_log_contents();

-- The change log is pruned: an editor's client deletes the rows older than the app keeps (ChangeLogPruning) when it
-- connects. The newest transaction whose rows went is noted here, so a client whose mark is not after it knows it
-- may have missed changes and reads the whole catalogue again instead.
CREATE TABLE change_log_pruned (upto xid8 NOT NULL);
CREATE INDEX change_log_at ON change_log (at);
