package org.casemark.batch;

import java.util.regex.Pattern;

/**
 * A cell of a CSV a spreadsheet will open, escaped against formula injection as OWASP advises: a value starting
 * with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so it is shown as text and never run.
 * A plain number ({@code -5}, {@code +12.5}) cannot be a formula and is written as it is, so numbers and numeric
 * ids round-trip unchanged. Quoting (commas, quotes, line breaks) is the CSV writer's.
 */
public final class CsvCell {
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private CsvCell() {
    }

    public static String of(String value) {
        if (value == null || value.isEmpty()) return value;
        char c = value.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return risky && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }
}
