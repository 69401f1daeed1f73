package io.github.peacekeeping.benchmarks.records;

import java.time.LocalDate;

/**
 * A flat contribution record, one line of JSON Lines, as a plain record.
 *
 * @param mission      the mission's acronym
 * @param contributor  the contributor's country code
 * @param category     the personnel category's name
 * @param date         the reporting day
 * @param total        the personnel
 * @param female       the women among them, or null
 */
public record ContributionLineRecord(String mission, String contributor, String category, LocalDate date, int total,
        Integer female) {
}
