package org.creativeatlas.logic.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;

/**
 * Decodes the bytes of a text file whose encoding nobody states reliably: a byte-order mark wins, then strict UTF-8,
 * then a charset the file declares itself (HTML), and last a choice between Windows-1251 and KOI8-R by which of
 * the two reads as plausible Cyrillic. Refuses binary data instead of decoding it into noise.
 */
final class TextDecoder {

    static final Charset CP1251 = Charset.forName("windows-1251");
    static final Charset KOI8_R = Charset.forName("KOI8-R");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** Russian letters, most frequent first, and the natural logarithm of their frequency per mille. */
    private static final String BY_FREQUENCY = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё";
    private static final double[] LOG_FREQUENCY = frequencies(110, 85, 80, 74, 67, 63, 55, 47, 45, 44, 35, 32, 30,
            28, 26, 20, 19, 17, 17, 16, 16, 14, 12, 10, 9, 7, 6, 5, 4, 3, 3, 0.4, 0.4);

    private TextDecoder() {
    }

    static String decode(byte[] bytes, String declaredCharset) throws DocumentException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return checkedText(strict(Arrays.copyOfRange(bytes, 2, bytes.length), StandardCharsets.UTF_16LE));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return checkedText(strict(Arrays.copyOfRange(bytes, 2, bytes.length), StandardCharsets.UTF_16BE));
        }
        if (looksBinary(bytes)) {
            throw new DocumentException(DocumentException.Reason.BINARY,
                    "this is binary data, not text (is the file extension right?)");
        }
        try {
            return decodeStrictly(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            Charset declared = charset(declaredCharset);
            return new String(bytes, declared != null ? declared : guessSingleByte(bytes));
        }
    }

    /** Windows-1251 or KOI8-R, whichever reads as Cyrillic text; Windows-1252 when neither does. */
    static Charset guessSingleByte(byte[] bytes) {
        String cp1251 = new String(bytes, CP1251);
        if (cyrillicInsideLatinWords(cp1251)) {
            return CP1252;
        }
        return score(new String(bytes, KOI8_R)) > score(cp1251) ? KOI8_R : CP1251;
    }

    /**
     * How Russian a text reads: the log-frequency of its letters, case-folded (all-capital headings are common),
     * less a penalty for capitals inside words, which a wrong single-byte table produces ("яЪЕШЬ" for "Съешь").
     */
    static double score(String text) {
        double score = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                int rank = BY_FREQUENCY.indexOf(Character.toLowerCase(c));
                score += rank < 0 ? -3 : LOG_FREQUENCY[rank];
                if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1))) {
                    score -= 5;
                }
            }
        }
        return score;
    }

    /** "cafй": a Western single-byte text read as Cyrillic puts Cyrillic letters between Latin ones. */
    private static boolean cyrillicInsideLatinWords(String text) {
        int cyrillic = 0;
        int inside = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeBlock.of(text.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
                if (isLatin(text, i - 1) || isLatin(text, i + 1)) {
                    inside++;
                }
            }
        }
        return cyrillic > 0 && inside * 2 > cyrillic;
    }

    private static boolean isLatin(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c < 0x80 && Character.isLetter(c);
    }

    /** NUL bytes or more than 1 % control characters: no text file of ours looks like that. */
    static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return controls > bytes.length / 100;
    }

    private static double[] frequencies(double... perMille) {
        double[] logs = new double[perMille.length];
        for (int i = 0; i < perMille.length; i++) {
            logs[i] = Math.log(perMille[i]);
        }
        return logs;
    }

    private static String checkedText(String text) throws DocumentException {
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (text.indexOf('\0') >= 0 || controls > text.length() / 100) {
            throw new DocumentException(DocumentException.Reason.BINARY, "this is binary data, not text");
        }
        return text;
    }

    private static String strict(byte[] bytes, Charset charset) throws DocumentException {
        try {
            return decodeStrictly(bytes, charset);
        } catch (CharacterCodingException e) {
            throw new DocumentException(DocumentException.Reason.DAMAGED,
                    "the text is damaged: it is not valid " + charset.displayName() + " as its byte-order mark says",
                    e);
        }
    }

    private static String decodeStrictly(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
