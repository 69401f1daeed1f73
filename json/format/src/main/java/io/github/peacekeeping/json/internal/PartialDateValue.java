package io.github.peacekeeping.json.internal;

import io.github.peacekeeping.core.PartialDate;
import io.github.peacekeeping.core.PeacekeepingException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date known to the day, the month or the year ({@code 1995-12-08}, {@code 1995-12}, {@code 1995}),
 * read from the parser's characters without making a string, and written without a formatter: a
 * mission's and an appointment's dates are read with every document. Text that is not one of the three
 * forms goes to {@link PartialDate#parse}, whose refusal gives the message. This class is immutable and
 * thread-safe.
 */
final class PartialDateValue extends Value<PartialDate> {

    static final PartialDateValue INSTANCE = new PartialDateValue();

    /** Reads what the fast path does not, and words every refusal as the model does. */
    private static final ParsedValue<PartialDate> PARSED = new ParsedValue<>(PartialDate::parse,
            PartialDate::toString, "expected an ISO 8601 date to the day, month or year: 1995-12-08, 1995-12 or 1995");

    private PartialDateValue() {
    }

    @Override
    PartialDate read(TokenReader in, String field, Reading reading) throws IOException {
        PartialDate date = in.current() == Token.STRING ? fast(in.textCharacters(), in.textOffset(), in.textLength())
                : null;
        return date != null ? date : PARSED.read(in, field, reading);
    }

    /** Returns the date the characters hold in one of the three forms, or null for anything else. */
    private static PartialDate fast(char[] text, int at, int length) {
        if (length != 4 && length != 7 && length != 10) {
            return null;
        }
        int year = DateValue.digits(text, at, 4);
        int month = length >= 7 && text[at + 4] == '-' ? DateValue.digits(text, at + 5, 2) : -1;
        int day = length == 10 && text[at + 7] == '-' ? DateValue.digits(text, at + 8, 2) : -1;
        try {
            if (length == 10 && year >= 0 && month >= 0 && day >= 0) {
                return PartialDate.from(LocalDate.of(year, month, day));
            }
            if (length == 7 && year >= 0 && month >= 0) {
                return PartialDate.of(year, month);
            }
            return length == 4 && year >= 0 ? PartialDate.of(year) : null;
        } catch (DateTimeException | PeacekeepingException e) {
            // Not a day of the calendar: parse words the refusal.
            return null;
        }
    }

    @Override
    void write(PartialDate value, TokenWriter out) throws IOException {
        LocalDate first = value.earliest();
        char[] text = out.buffer();
        DateValue.digits(text, 0, first.getYear(), 4);
        int length = 4;
        if (value.precision() != PartialDate.Precision.YEAR) {
            text[4] = '-';
            DateValue.digits(text, 5, first.getMonthValue(), 2);
            length = 7;
        }
        if (value.precision() == PartialDate.Precision.DAY) {
            text[7] = '-';
            DateValue.digits(text, 8, first.getDayOfMonth(), 2);
            length = 10;
        }
        out.plainString(text, 0, length);
    }
}
