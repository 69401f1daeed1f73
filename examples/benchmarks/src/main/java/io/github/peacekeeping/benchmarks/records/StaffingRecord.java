package io.github.peacekeeping.benchmarks.records;

import static com.dslplatform.json.JsonAttribute.IncludePolicy.ALWAYS;

import com.dslplatform.json.JsonAttribute;
import java.time.LocalDate;

/**
 * A civilian staffing report as a plain record.
 *
 * @param date           the reporting day
 * @param international  the international staff
 * @param national       the national staff
 * @param volunteers     the UN Volunteers
 */
public record StaffingRecord(
        LocalDate date,
        @JsonAttribute(includeToMinimal = ALWAYS) int international,
        @JsonAttribute(includeToMinimal = ALWAYS) int national,
        @JsonAttribute(includeToMinimal = ALWAYS) int volunteers) {
}
