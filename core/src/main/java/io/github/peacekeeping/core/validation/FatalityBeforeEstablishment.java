package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PartialDate;
import io.github.peacekeeping.core.fatality.Fatality;
import java.util.List;
import java.util.function.Consumer;

/** PK127: a fatality is dated before the mission was established, before every day its date may stand for. */
final class FatalityBeforeEstablishment implements FatalityCheck {

    @Override
    public void check(Rule rule, Mission mission, List<Fatality> fatalities, Consumer<? super Finding> findings) {
        PartialDate established = mission.established();
        for (int i = 0; i < fatalities.size(); i++) {
            Fatality fatality = fatalities.get(i);
            if (FatalityCheck.isOf(mission, fatality) && fatality.date().isBefore(established.earliest())) {
                findings.accept(Finding.of(rule, Pointer.of(i, FieldNames.DATE), fatality.casualtyId() + " is dated "
                        + fatality.date() + ", before the mission was established " + DateWords.onOrIn(established)));
            }
        }
    }
}
