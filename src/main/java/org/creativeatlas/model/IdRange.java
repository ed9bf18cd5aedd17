package org.creativeatlas.model;

/** The ids {@code first} to {@code last}, both included, of rows stored together (an import); empty when last < first. */
public record IdRange(long first, long last) {

    public static final IdRange EMPTY = new IdRange(1, 0);

    public boolean isEmpty() {
        return last < first;
    }

    public long size() {
        return isEmpty() ? 0 : last - first + 1;
    }
}
