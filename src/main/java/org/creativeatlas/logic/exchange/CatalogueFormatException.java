package org.creativeatlas.logic.exchange;

/** A catalogue JSON document that cannot be read; the message says where and why, for the user. */
public class CatalogueFormatException extends RuntimeException {

    public CatalogueFormatException(String message) {
        super(message);
    }

    public CatalogueFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
