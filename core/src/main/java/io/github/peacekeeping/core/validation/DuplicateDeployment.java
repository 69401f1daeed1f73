package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.UniformedComponent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** PK108: one report per contributor, category and day: a second one would be counted twice. */
final class DuplicateDeployment implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Component> components = mission.components();
        for (int c = 0; c < components.size(); c++) {
            if (!(components.get(c) instanceof UniformedComponent)) {
                continue;
            }
            List<? extends Deployment<?>> deployments = ((UniformedComponent<?>) components.get(c)).deployments();
            Map<Key, Integer> first = new HashMap<>(deployments.size() * 2);
            for (int d = 0; d < deployments.size(); d++) {
                Deployment<?> deployment = deployments.get(d);
                Key key = new Key(deployment.contributor(), deployment.category(), deployment.date());
                Integer earlier = first.putIfAbsent(key, d);
                if (earlier != null) {
                    findings.accept(Finding.of(rule, Pointer.of(FieldNames.COMPONENTS, c, FieldNames.DEPLOYMENTS, d),
                            "a second deployment of " + deployment.contributor() + " " + deployment.category().name()
                                    + " on " + deployment.date() + " (" + deployment.total() + "), after "
                                    + Pointer.of(FieldNames.COMPONENTS, c, FieldNames.DEPLOYMENTS, earlier)
                                    + " (" + deployments.get(earlier).total() + ")"));
                }
            }
        }
    }

    /** What makes two deployments the same report. */
    private record Key(CountryCode contributor, PersonnelCategory category, LocalDate date) {
    }
}
