package org.creativeatlas.logic.bench;

import java.util.Locale;

/** One benchmark figure, printed as {@code bench <name> <value> <unit>} so scripts can read it. */
public record Measure(String name, double value, String unit) {

    public String line() {
        // two decimals only where they mean something (not on a count, nor on a large figure); a dot as decimal
        // separator in every locale
        String number = Math.abs(value) >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
        return "bench " + name + " " + number + " " + unit;
    }
}
