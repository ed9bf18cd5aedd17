package org.creativeatlas.logic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.creativeatlas.model.Problem;

/** Checks that a problem the window may show is written in each bundle itself, not left to the English fallback. */
public final class SaidInEveryLanguage {

    private SaidInEveryLanguage() {
    }

    /** Every bundle has the problem's key (and those of the problems in its arguments); Kazakh says it in Kazakh. */
    public static void assertSaid(Problem problem) {
        assertNotNull(problem, "the refusal has a problem to show");
        for (String file : new String[] {"messages", "messages_ru", "messages_kk"}) {
            assertTrue(keys(file).containsKey(problem.key()), problem.key() + " is missing in " + file);
        }
        problem.args().stream().filter(Problem.class::isInstance).forEach(a -> assertSaid((Problem) a));
        String kazakh = new Messages(Locale.forLanguageTag("kk")).problem(problem);
        assertNotEquals(Messages.english(problem), kazakh);
        assertFalse(kazakh.contains("{"), "every argument is filled in: " + kazakh);
        assertTrue(kazakh.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
                kazakh);
    }

    private static Properties keys(String name) {
        Properties p = new Properties();
        try (InputStream in = SaidInEveryLanguage.class.getResourceAsStream("/org/creativeatlas/i18n/" + name
                + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
