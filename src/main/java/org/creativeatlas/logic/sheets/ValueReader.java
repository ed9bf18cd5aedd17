package org.creativeatlas.logic.sheets;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Coded;
import org.creativeatlas.model.Mode;
import org.creativeatlas.model.Problem;
import org.creativeatlas.model.Sector;
import org.creativeatlas.model.Status;

/**
 * Turns a cell's text into the value an actor field holds: countries by name in three languages, kinds, sectors,
 * status and mode by code or label in three languages, years as whole numbers, bare web addresses given https://.
 * A value that cannot be read gives a {@link Problem} instead.
 */
final class ValueReader {

    /** A value, or why there is none. */
    record Parsed(Object value, Problem problem) {
        static Parsed of(Object value) {
            return new Parsed(value, null);
        }

        static Parsed bad(String key, String text) {
            return new Parsed(null, Problem.of(key, text));
        }
    }

    private static final Pattern SECTOR_SEPARATORS = Pattern.compile("[;,|\\n]");
    private static final Pattern YEAR = Pattern.compile("\\d{1,4}(\\.0+)?");
    static final List<String> SECTOR_CODES = codes(Sector.class);
    static final List<String> STATUS_CODES = codes(Status.class);
    static final List<String> MODE_CODES = codes(Mode.class);

    private ValueReader() {
    }

    static Parsed read(ActorType type, ActorField field, String text) {
        if (text.isBlank()) {
            return Parsed.of(null);
        }
        return switch (field) {
            case COUNTRY -> CountryNames.code(text).map(Parsed::of)
                    .orElseGet(() -> Parsed.bad("problem.country.unknown", text));
            case KIND -> coded("kind", text, type.kinds(), "problem.kind.unknown");
            case STATUS -> coded("status", text, STATUS_CODES, Status.class);
            case MODE -> coded("mode", text, MODE_CODES, Mode.class);
            case SECTORS -> sectors(text);
            case START_YEAR, END_YEAR -> YEAR.matcher(text).matches()
                    ? Parsed.of(Integer.valueOf(text.replaceAll("\\..*", ""))) : Parsed.bad("problem.year.number", text);
            case WEBSITE -> Parsed.of(text.contains("://") ? text : "https://" + text);
            case OPERATOR -> Parsed.bad("problem.value.unknown", text);
            default -> Parsed.of(text);
        };
    }

    private static Parsed coded(String list, String text, List<String> codes, String problemKey) {
        Optional<String> code = CodeLabels.code(list, text, codes);
        return code.map(Parsed::of).orElseGet(() -> Parsed.bad(problemKey, text));
    }

    private static <E extends Enum<E> & Coded> Parsed coded(String list, String text, List<String> codes,
                                                            Class<E> type) {
        return CodeLabels.code(list, text, codes).map(code -> Parsed.of(Coded.parse(type, code).orElseThrow()))
                .orElseGet(() -> Parsed.bad("problem.value.unknown", text));
    }

    private static Parsed sectors(String text) {
        Set<Sector> out = EnumSet.noneOf(Sector.class);
        for (String part : SECTOR_SEPARATORS.split(text)) {
            if (part.isBlank()) {
                continue;
            }
            Optional<String> code = CodeLabels.code("sector", part, SECTOR_CODES);
            if (code.isEmpty()) {
                return Parsed.bad("problem.value.unknown", part.strip());
            }
            out.add(Coded.parse(Sector.class, code.get()).orElseThrow());
        }
        return Parsed.of(out);
    }

    private static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }
}
