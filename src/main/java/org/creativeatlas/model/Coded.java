package org.creativeatlas.model;

import java.util.Arrays;
import java.util.Optional;

/** A value with a stable lower-case code used in the store, in JSON and in resource-bundle keys. */
public interface Coded {
    String code();

    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(wanted)).findFirst();
    }

    static String codeOf(Enum<?> e) {
        return EnumCodes.of(e);
    }
}
