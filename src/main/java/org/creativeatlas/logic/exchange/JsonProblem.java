package org.creativeatlas.logic.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong in a JSON document, in the words of the document (its fields, its entries, line and column),
 * instead of the JSON library's, which name Java types and the library's own settings.
 */
final class JsonProblem {

    private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final Pattern WORD = Pattern.compile("Unrecognized token '(.+?)'");

    private JsonProblem() {
    }

    /** One sentence, without a full stop, e.g. {@code "startYear" of actor 3 must be a whole number (line 9, …)}. */
    static String describe(JsonProcessingException e) {
        String where = " (line " + line(e) + ", column " + column(e) + ")";
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return "the file ends too early" + where + ": it may have been cut off";
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            InvalidFormatException format = m instanceof InvalidFormatException f ? f : null;
            String got = format == null || format.getValue() == null ? "" : ", not \"" + format.getValue() + "\"";
            return field(m.getPath()) + " must be " + expected(m.getTargetType()) + got + where;
        }
        Matcher character = CHARACTER.matcher(original);
        if (character.find()) {
            return "'" + character.group(1) + "' does not belong there" + where;
        }
        Matcher word = WORD.matcher(original);
        if (word.find()) {
            return "'" + word.group(1) + "' is not a value: values are text in quotes, numbers, true, false or null"
                    + where;
        }
        return "it is not valid JSON" + where;
    }

    /** {@code "version"}, {@code "actors"}, or {@code "startYear" of actor 3}. */
    private static String field(List<JsonMappingException.Reference> path) {
        JsonMappingException.Reference last = path.get(path.size() - 1);
        String name = last.getFieldName() == null ? "entry " + (last.getIndex() + 1) : "\"" + last.getFieldName() + "\"";
        for (int i = path.size() - 2; i >= 1; i--) {
            JsonMappingException.Reference entry = path.get(i);
            JsonMappingException.Reference list = path.get(i - 1);
            if (entry.getIndex() >= 0 && list.getFieldName() != null) {
                String plural = list.getFieldName();
                String singular = plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
                return name + " of " + singular + " " + (entry.getIndex() + 1);
            }
        }
        return name;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text in quotes";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [ … ]";
        }
        return "an object { … }";
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static int column(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
    }
}
