package io.github.peacekeeping.benchmarks.records;

import com.dslplatform.json.CompiledJson;
import io.github.peacekeeping.core.Region;
import java.time.LocalDate;
import java.util.List;

/**
 * A mission document as a plain record.
 *
 * @param acronym      the acronym
 * @param name         the full name
 * @param hosts        the hosts' country codes
 * @param region       the region
 * @param established  the first day
 * @param closed       the last day, or null
 * @param mandates     the decisions
 * @param components   the components, or null
 * @param leadership   the appointments, or null
 */
@CompiledJson
public record MissionRecord(String acronym, String name, List<String> hosts, Region region, LocalDate established,
        LocalDate closed, List<MandateRecord> mandates, List<ComponentRecord> components,
        List<AppointmentRecord> leadership) {
}
