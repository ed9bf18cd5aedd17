package org.creativeatlas.logic.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import org.creativeatlas.model.Problem;

/**
 * Decodes the bytes of a text file whose encoding nobody states reliably: a byte-order mark wins (for UTF-16 without
 * one, where its NUL bytes sit), then strict UTF-8, then a charset the file declares itself (HTML), and last
 * {@link SingleByteCharset}'s guess. Refuses binary data instead of decoding it into noise.
 */
public final class TextDecoder {

    /** How many bytes from the start tell UTF-16 without a byte-order mark. */
    private static final int SAMPLE = 8192;

    private TextDecoder() {
    }

    /** How a file's bytes are read: in {@code charset}, from {@code start} (past a byte-order mark). */
    public record Encoding(Charset charset, int start) {
    }

    public static String decode(byte[] bytes, String declaredCharset) throws DocumentException {
        Encoding encoding = encoding(bytes, declaredCharset);
        return new String(bytes, encoding.start(), bytes.length - encoding.start(), encoding.charset());
    }

    /**
     * The encoding of {@code bytes}, checked so that decoding with it gives what the strict decoders would: UTF-8 is
     * recognised by a scan that decodes nothing, so a large file can be decoded piece by piece afterwards.
     */
    public static Encoding encoding(byte[] bytes, String declaredCharset) throws DocumentException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            if (!Utf8.isValid(bytes, 3)) {
                throw damaged(StandardCharsets.UTF_8, null);
            }
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            Charset utf16 = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            checkedText(strict(Arrays.copyOfRange(bytes, 2, bytes.length), utf16));
            return new Encoding(utf16, 2);
        }
        Charset unmarked = unmarkedUtf16(bytes);
        if (unmarked != null) {
            checkedText(strict(bytes, unmarked));
            return new Encoding(unmarked, 0);
        }
        if (looksBinary(bytes)) {
            throw new DocumentException(DocumentException.Reason.BINARY,
                    Problem.of("document.binary.extension"));
        }
        if (Utf8.isValid(bytes, 0)) {
            return new Encoding(StandardCharsets.UTF_8, 0);
        }
        Charset declared = charset(declaredCharset);
        return new Encoding(declared != null ? declared : SingleByteCharset.guess(bytes), 0);
    }

    /**
     * UTF-16 written without a byte-order mark (some exporters do): every space and Latin character has a NUL byte,
     * all on one side of each pair, none on the other; binary data has NULs on both.
     */
    static Charset unmarkedUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length, SAMPLE) / 2;
        int even = 0;
        int odd = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            even += bytes[i] == 0 ? 1 : 0;
            odd += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (bytes.length % 2 != 0 || pairs == 0 || (even > 0) == (odd > 0) || Math.max(even, odd) < pairs / 20) {
            return null;
        }
        return odd > 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }

    /** NUL bytes or more than 1 % control characters: no text file of ours looks like that. */
    static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if ((b & 0xE0) != 0) {
                // 0x20 and above, or any byte of a multi-byte character: the common case, one test
                continue;
            }
            if (b == 0) {
                return true;
            }
            if (b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return controls > bytes.length / 100;
    }

    private static String checkedText(String text) throws DocumentException {
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (text.indexOf('\0') >= 0 || controls > text.length() / 100) {
            throw new DocumentException(DocumentException.Reason.BINARY, Problem.of("document.binary"));
        }
        return text;
    }

    private static String strict(byte[] bytes, Charset charset) throws DocumentException {
        try {
            return decodeStrictly(bytes, charset);
        } catch (CharacterCodingException e) {
            throw damaged(charset, e);
        }
    }

    private static DocumentException damaged(Charset charset, CharacterCodingException cause) {
        return new DocumentException(DocumentException.Reason.DAMAGED,
                Problem.of("document.damaged.encoding", charset.displayName()),
                cause);
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
