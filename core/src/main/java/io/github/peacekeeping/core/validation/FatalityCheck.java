package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.fatality.Fatality;
import java.util.List;
import java.util.function.Consumer;

/**
 * The logic of one fatality rule; the {@link FatalityRule} constant supplies code, severity and description.
 * A check reads only the records of the mission (those whose {@link Fatality#mission()} is its acronym).
 */
interface FatalityCheck {

    void check(Rule rule, Mission mission, List<Fatality> fatalities, Consumer<? super Finding> findings);

    /** Whether a record is one of the mission's, which the checks read; the others they pass over. */
    static boolean isOf(Mission mission, Fatality fatality) {
        return fatality.mission().equals(mission.acronym());
    }
}
