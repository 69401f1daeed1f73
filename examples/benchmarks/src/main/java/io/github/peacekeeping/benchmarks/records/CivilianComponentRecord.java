package io.github.peacekeeping.benchmarks.records;

import java.util.List;

/**
 * A civilian component as a plain record.
 *
 * @param staffing  the staffing reports
 */
public record CivilianComponentRecord(List<StaffingRecord> staffing) implements ComponentRecord {
}
