package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PartialDate;
import io.github.peacekeeping.core.fatality.Fatality;
import java.util.List;
import java.util.function.Consumer;

/**
 * PK128: a fatality is dated after the mission closed (during its liquidation, as UNAMID's of 2021), after
 * every day a closing known only to the month or year may stand for.
 */
final class FatalityAfterClosure implements FatalityCheck {

    @Override
    public void check(Rule rule, Mission mission, List<Fatality> fatalities, Consumer<? super Finding> findings) {
        if (mission.closed().isEmpty()) {
            return;
        }
        PartialDate closed = mission.closed().get();
        for (int i = 0; i < fatalities.size(); i++) {
            Fatality fatality = fatalities.get(i);
            if (FatalityCheck.isOf(mission, fatality) && fatality.date().isAfter(closed.latest())) {
                findings.accept(Finding.of(rule, Pointer.of(i, FieldNames.DATE), fatality.casualtyId() + " is dated "
                        + fatality.date() + ", after the mission closed " + DateWords.onOrIn(closed)));
            }
        }
    }
}
