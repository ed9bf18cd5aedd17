package org.creativeatlas.logic.documents;

/** Turns the bytes of one file format into text. */
interface FormatReader {

    RawDocument read(byte[] bytes) throws DocumentException;
}
