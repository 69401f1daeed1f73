package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.fatality.Fatality;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** PK130: two fatality records of the mission share a casualty identifier: one death counted twice. */
final class DuplicateCasualty implements FatalityCheck {

    @Override
    public void check(Rule rule, Mission mission, List<Fatality> fatalities, Consumer<? super Finding> findings) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < fatalities.size(); i++) {
            Fatality fatality = fatalities.get(i);
            if (!FatalityCheck.isOf(mission, fatality)) {
                continue;
            }
            Integer earlier = first.putIfAbsent(fatality.casualtyId(), i);
            if (earlier != null) {
                findings.accept(Finding.of(rule, Pointer.of(i, FieldNames.CASUALTY_ID), fatality.casualtyId()
                        + " is recorded again: " + fatality + ", first at /" + earlier + ": " + fatalities.get(earlier)));
            }
        }
    }
}
