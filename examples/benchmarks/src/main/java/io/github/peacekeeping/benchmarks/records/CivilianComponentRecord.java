package io.github.peacekeeping.benchmarks.records;

import com.dslplatform.json.CompiledJson;
import java.util.List;

/**
 * A civilian component as a plain record.
 *
 * @param staffing  the staffing reports
 */
@CompiledJson(name = "civilian")
public record CivilianComponentRecord(List<StaffingRecord> staffing) implements ComponentRecord {
}
