package io.github.peacekeeping.json.internal;

import java.time.LocalDate;

/**
 * The checks of the writers: a value is checked before it is written, so that the writers never
 * produce what their readers refuse.
 *
 * <p>This class is immutable and thread-safe.
 */
final class WriteChecks {

    static final String YEARS = "the wire format holds years 0 to 9999";
    static final String TOO_LONG = "longer than the readers' limit of " + Limits.MAX_STRING_LENGTH + " characters";
    static final String NOT_UNICODE = "a surrogate without its pair is not Unicode text";

    private WriteChecks() {
    }

    /** Checks text: within the readers' limit, and Unicode (no surrogate without its pair). */
    static String text(String text) {
        if (text.length() > Limits.MAX_STRING_LENGTH) {
            throw new WriteFailure(Messages.quote(text), TOO_LONG);
        }
        if (Texts.loneSurrogateIn(text) >= 0) {
            throw new WriteFailure(Messages.quote(text), NOT_UNICODE);
        }
        return text;
    }

    /** Checks that a date has four digits of year. */
    static LocalDate date(LocalDate date) {
        if (date.getYear() < 0 || date.getYear() > 9999) {
            throw new WriteFailure(date.toString(), YEARS);
        }
        return date;
    }
}
