-- Migration 5 makes a server's change log cover settings, sources and dismissed pairs, for the live updates of a
-- team catalogue. A file is written by one window at a time and has no change log, so there is nothing to do here;
-- the number is kept so both engines count their schema versions alike.
SELECT 1;
