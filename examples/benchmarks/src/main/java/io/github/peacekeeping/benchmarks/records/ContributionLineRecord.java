package io.github.peacekeeping.benchmarks.records;

import static com.dslplatform.json.JsonAttribute.IncludePolicy.ALWAYS;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
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
@CompiledJson
public record ContributionLineRecord(String mission, String contributor, String category, LocalDate date,
        @JsonAttribute(includeToMinimal = ALWAYS) int total, Integer female) {
}
