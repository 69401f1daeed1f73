package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.PartialDate;

/** How a finding's message names a date that may be known only to the month or the year. */
final class DateWords {

    private DateWords() {
    }

    /**
     * Returns "on 1960-07-13" for a date known to the day, "in 1996-04" or "in 1978" for one known less
     * precisely, so that a message never claims a day the record does not give.
     */
    static String onOrIn(PartialDate date) {
        return (date.exactDay().isPresent() ? "on " : "in ") + date;
    }
}
