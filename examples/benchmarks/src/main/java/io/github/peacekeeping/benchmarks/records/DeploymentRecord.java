package io.github.peacekeeping.benchmarks.records;

import static com.dslplatform.json.JsonAttribute.IncludePolicy.ALWAYS;

import com.dslplatform.json.JsonAttribute;
import java.time.LocalDate;

/**
 * A deployment as a plain record.
 *
 * @param contributor  the contributor's country code
 * @param category     the personnel category's name
 * @param date         the reporting day
 * @param total        the personnel
 * @param female       the women among them, or null
 */
public record DeploymentRecord(String contributor, String category, LocalDate date,
        @JsonAttribute(includeToMinimal = ALWAYS) int total, Integer female) {
}
