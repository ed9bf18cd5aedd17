-- Migration 3 rewrites a file's CHECK constraints the way SQLite evaluates fast. The server's tables were created
-- in that final shape by migration 1, so there is nothing to do here; the number is kept so both engines count
-- their schema versions alike.
SELECT 1;
