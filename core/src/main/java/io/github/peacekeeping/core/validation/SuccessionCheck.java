package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.MissionProfile;
import io.github.peacekeeping.core.lineage.MissionLink;
import java.util.function.Consumer;

/**
 * The logic of one succession rule, for one link between two of the missions validated, each seen through its {@link MissionProfile} (the
 * rules need no more); the
 * {@link SuccessionRule} constant supplies code, severity and description and finds the linked mission.
 */
interface SuccessionCheck {

    void check(Rule rule, MissionProfile mission, MissionLink link, MissionProfile linked, String path, Consumer<? super Finding> findings);
}
