package org.creativeatlas.model;

import java.util.Locale;

/** Each enum constant's code, worked out once per enum: codes are read for every row a bulk load stores. */
final class EnumCodes {

    private static final ClassValue<String[]> CODES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] codes = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                codes[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            }
            return codes;
        }
    };

    private EnumCodes() {
    }

    static String of(Enum<?> constant) {
        return CODES.get(constant.getDeclaringClass())[constant.ordinal()];
    }
}
