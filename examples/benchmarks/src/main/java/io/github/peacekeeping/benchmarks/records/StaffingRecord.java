package io.github.peacekeeping.benchmarks.records;

import java.time.LocalDate;

/**
 * A civilian staffing report as a plain record.
 *
 * @param date           the reporting day
 * @param international  the international staff
 * @param national       the national staff
 * @param volunteers     the UN Volunteers
 */
public record StaffingRecord(LocalDate date, int international, int national, int volunteers) {
}
