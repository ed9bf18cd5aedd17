package org.creativeatlas.logic.sheets;

/** What an import does with rows that have problems. */
public enum BadRows {
    /** Import the good rows, report the bad ones. */
    SKIP,
    /** Import nothing if any row is bad. */
    REFUSE_ALL
}
