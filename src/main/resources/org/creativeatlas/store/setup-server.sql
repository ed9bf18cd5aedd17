-- Roles for a team catalogue, run by its owner (setup-server): atlas_editor reads and writes, atlas_reader only
-- reads. Both are groups without login: each researcher logs in as their own role, made a member of one of them
-- (CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE atlas_editor), so the change log names who changed what.
-- Safe to run again, e.g. after an upgrade added tables.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'atlas_editor') THEN
        CREATE ROLE atlas_editor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'atlas_reader') THEN
        CREATE ROLE atlas_reader NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO atlas_editor, atlas_reader', current_database());
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO atlas_editor, atlas_reader', current_schema());
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO atlas_reader', current_schema());
    EXECUTE format('GRANT SELECT ON ALL SEQUENCES IN SCHEMA %I TO atlas_reader', current_schema());
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO atlas_editor', current_schema());
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO atlas_editor', current_schema());
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO atlas_reader', current_schema());
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO atlas_editor',
                   current_schema());
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO atlas_editor',
                   current_schema());
END
$$;
-- the schema version is the owner's to change, by migrating
REVOKE INSERT, UPDATE, DELETE ON atlas_catalogue FROM atlas_editor;
