package org.creativeatlas.logic.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick UTF-8 check must agree with the JDK's strict decoder on every input, well-formed or not. */
class Utf8Test {

    @Test
    void agreesWithTheStrictDecoderOnEdgeCases() {
        int[][] cases = {
            {}, {0x41}, {0xD2, 0x9B}, {0xD2}, {0x80}, {0xC0, 0x80}, {0xC1, 0xBF}, {0xC2, 0x80},
            {0xE0, 0x9F, 0xBF}, {0xE0, 0xA0, 0x80}, {0xED, 0x9F, 0xBF}, {0xED, 0xA0, 0x80}, {0xEF, 0xBF, 0xBF},
            {0xF0, 0x8F, 0xBF, 0xBF}, {0xF0, 0x90, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80},
            {0xF5, 0x80, 0x80, 0x80}, {0xFF}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98}, {0xD0, 0x41},
        };
        for (int[] c : cases) {
            byte[] bytes = new byte[c.length];
            for (int i = 0; i < c.length; i++) {
                bytes[i] = (byte) c[i];
            }
            assertEquals(strictlyValid(bytes), Utf8.isValid(bytes, 0), java.util.Arrays.toString(c));
        }
    }

    @Test
    void agreesWithTheStrictDecoderOnRandomTextAndNoise() {
        Random random = new Random(3);
        String sample = "Қазақ ұлттық өнер университеті — Ololo 🎨 ә ғ қ ң ө ұ ү һ і «Тұран»";
        byte[] text = sample.getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 5_000; round++) {
            byte[] bytes = text.clone();
            for (int k = random.nextInt(3); k > 0; k--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            int cut = random.nextInt(bytes.length + 1);
            byte[] part = java.util.Arrays.copyOf(bytes, cut);
            assertEquals(strictlyValid(part), Utf8.isValid(part, 0), java.util.Arrays.toString(part));
        }
    }

    private static boolean strictlyValid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
