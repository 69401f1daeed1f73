package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.lineage.MissionLink;
import java.util.function.Consumer;

/**
 * The logic of one succession rule, for one link between two of the missions validated; the
 * {@link SuccessionRule} constant supplies code, severity and description and finds the linked mission.
 */
interface SuccessionCheck {

    void check(Rule rule, Mission mission, MissionLink link, Mission linked, String path, Consumer<? super Finding> findings);
}
