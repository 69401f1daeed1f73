package io.github.peacekeeping.benchmarks.records;

import static com.dslplatform.json.JsonAttribute.IncludePolicy.ALWAYS;

import com.dslplatform.json.JsonAttribute;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MandateTask;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision as a plain record.
 *
 * @param resolution  the resolution
 * @param actions     the actions
 * @param effective   the day it takes effect
 * @param expires     the last day of the period it sets, or null
 * @param chapterVII  whether adopted under Chapter VII
 * @param tasks       the tasks, or null
 * @param ceilings    the ceilings, or null
 */
public record MandateRecord(ResolutionRecord resolution, List<MandateAction> actions, LocalDate effective,
        LocalDate expires, @JsonAttribute(includeToMinimal = ALWAYS) boolean chapterVII, List<MandateTask> tasks,
        CeilingsRecord ceilings) {
}
