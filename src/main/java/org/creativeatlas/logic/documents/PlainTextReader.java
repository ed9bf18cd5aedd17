package org.creativeatlas.logic.documents;

/** {@code .txt}: the decoded text as it is. */
final class PlainTextReader implements FormatReader {

    @Override
    public RawDocument read(byte[] bytes) throws DocumentException {
        return RawDocument.of(TextDecoder.decode(bytes, null));
    }
}
