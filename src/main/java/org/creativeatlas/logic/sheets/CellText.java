package org.creativeatlas.logic.sheets;

/**
 * Keeps exported cells from running as formulas when a spreadsheet opens the file (CSV injection): a cell that
 * starts with = + - @, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as text.
 * Reading a sheet takes that apostrophe off again, so export and import round-trip.
 */
public final class CellText {

    private CellText() {
    }

    public static String neutralise(String cell) {
        return cell != null && !cell.isEmpty() && isTrigger(cell.charAt(0)) ? "'" + cell : cell;
    }

    public static String restore(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && isTrigger(cell.charAt(1))
                ? cell.substring(1) : cell;
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
