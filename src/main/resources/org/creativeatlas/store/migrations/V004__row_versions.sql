-- Every actor, link and name variant carries a version, raised by one with each change. An edit is stored only
-- if the row is still at the version the editor read (UPDATE ... WHERE id = ? AND version = ?), so on a shared
-- catalogue nobody's edit overwrites a colleague's unseen; a file gets the same columns so both engines run one
-- store.
ALTER TABLE actor ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE link ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE name_variant ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
