package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * A calendar date, {@code yyyy-mm-dd}, read from the parser's characters and written without a
 * formatter. This class is immutable and thread-safe.
 */
final class DateValue extends Value<LocalDate> {

    static final DateValue INSTANCE = new DateValue();
    static final String RULE = "expected an ISO-8601 date such as \"1993-10-05\"";

    private DateValue() {
    }

    @Override
    LocalDate read(TokenReader in, String field, Reading reading) throws IOException {
        if (in.current() == Token.STRING && in.textLength() == 10) {
            char[] text = in.textCharacters();
            int at = in.textOffset();
            LocalDate last = reading.lastDate(text, at);
            if (last != null) {
                return last;
            }
            if (text[at + 4] == '-' && text[at + 7] == '-') {
                int year = digits(text, at, 4);
                int month = digits(text, at + 5, 2);
                int day = digits(text, at + 8, 2);
                if (year >= 0 && month >= 0 && day >= 0) {
                    try {
                        LocalDate date = LocalDate.of(year, month, day);
                        reading.rememberDate(text, at, date);
                        return date;
                    } catch (DateTimeException e) {
                        // not a calendar date: reported below
                    }
                }
            }
        }
        throw Problems.invalid(in, field, RULE, List.of());
    }

    static int digits(char[] text, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    @Override
    void write(LocalDate value, TokenWriter out) throws IOException {
        WriteChecks.date(value);
        char[] text = out.buffer();
        digits(text, 0, value.getYear(), 4);
        text[4] = '-';
        digits(text, 5, value.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, value.getDayOfMonth(), 2);
        out.plainString(text, 0, 10);
    }

    static void digits(char[] text, int at, int value, int count) {
        for (int i = at + count - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
