package org.creativeatlas.logic.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each supported encoding reads back exactly the text that was written. */
class EncodingTest {

    private static final String KAZAKH = "Әнші Ғалия Қасымова «Өнер» ұйымының үздігі атанды.\n\n"
            + "Һ және і әріптері, ң мен ү де бар.";
    private static final String RUSSIAN = "Съешь же ещё этих мягких французских булок, да выпей чаю.\n\n"
            + "ЦЕНТР ГРАЖДАНСКОГО ОБРАЗОВАНИЯ открыт в Бишкеке; Ёлка и йогурт.";

    @TempDir
    Path dir;

    private String roundTrip(byte[] bytes) throws Exception {
        return new DocumentReader().read(Files.write(dir.resolve("t.txt"), bytes)).text();
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        assertEquals(KAZAKH, roundTrip(KAZAKH.getBytes(StandardCharsets.UTF_8)));
        assertEquals(KAZAKH, roundTrip(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                KAZAKH.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void utf16LittleAndBigEndianWithBom() throws Exception {
        assertEquals(KAZAKH, roundTrip(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                KAZAKH.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(KAZAKH, roundTrip(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                KAZAKH.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void utf16WithoutBomIsToldByWhereItsNulBytesSit() throws Exception {
        assertEquals(KAZAKH, roundTrip(KAZAKH.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(RUSSIAN, roundTrip(RUSSIAN.getBytes(StandardCharsets.UTF_16BE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1251", "KOI8-R"})
    void singleByteCyrillicIsDetected(String charset) throws Exception {
        assertEquals(RUSSIAN, roundTrip(RUSSIAN.getBytes(Charset.forName(charset))));
        String capitals = "МИНИСТЕРСТВО КУЛЬТУРЫ И ИНФОРМАЦИИ РЕСПУБЛИКИ КАЗАХСТАН";
        assertEquals(capitals, roundTrip(capitals.getBytes(Charset.forName(charset))));
        String shortLine = "Парк креативных индустрий";
        assertEquals(shortLine, roundTrip(shortLine.getBytes(Charset.forName(charset))));
    }

    @Test
    void westernSingleByteTextIsNotReadAsCyrillic() throws Exception {
        String french = "Le café de l'été à Almaty présente des œuvres.";
        assertEquals(french, roundTrip(french.getBytes(Charset.forName("windows-1252"))));
    }
}
