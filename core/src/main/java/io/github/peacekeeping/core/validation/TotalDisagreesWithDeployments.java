package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.PersonnelTotal;
import io.github.peacekeeping.core.UniformedComponent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * PK118: where a component has both a total and deployments for one day and category, they agree. The
 * model counts the deployments; a total that says otherwise means the record contradicts itself. A POLICE
 * total is compared with the deployments of all police categories, which it includes. The number of women
 * is compared too when the total and every one of those deployments give it.
 */
final class TotalDisagreesWithDeployments implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Component> components = mission.components();
        for (int c = 0; c < components.size(); c++) {
            if (!(components.get(c) instanceof UniformedComponent)) {
                continue;
            }
            UniformedComponent<?> component = (UniformedComponent<?>) components.get(c);
            if (component.totals().isEmpty()) {
                continue;
            }
            Map<Key, Sum> sums = new HashMap<>();
            for (Deployment<?> deployment : component.deployments()) {
                sums.computeIfAbsent(new Key(deployment.category(), deployment.date()), k -> new Sum()).add(deployment);
            }
            List<? extends PersonnelTotal<?>> totals = component.totals();
            for (int t = 0; t < totals.size(); t++) {
                PersonnelTotal<?> total = totals.get(t);
                Sum sum = null;
                for (PersonnelCategory included : total.category().includes()) {
                    Sum part = sums.get(new Key(included, total.date()));
                    sum = part == null ? sum : part.plus(sum);
                }
                if (sum == null) {
                    continue;
                }
                String where = Pointer.of(FieldNames.COMPONENTS, c, FieldNames.TOTALS, t);
                String day = total.category().name() + " on " + total.date();
                if (sum.total != total.total()) {
                    findings.accept(Finding.of(rule, where, day + ": the total is " + total.total()
                            + " but the deployments add up to " + sum.total + " (the strength counts the deployments)"));
                } else if (total.female().isPresent() && sum.femaleKnown && sum.female != total.female().getAsInt()) {
                    findings.accept(Finding.of(rule, where, day + ": the total has " + total.female().getAsInt()
                            + " women but the deployments add up to " + sum.female));
                }
            }
        }
    }

    /** The day and category a total and deployments share. */
    private record Key(PersonnelCategory category, LocalDate date) {
    }

    /** The deployments of one day and category, summed. */
    private static final class Sum {
        long total;
        long female;
        boolean femaleKnown = true;

        void add(Deployment<?> deployment) {
            total += deployment.total();
            femaleKnown &= deployment.female().isPresent();
            female += deployment.female().orElse(0);
        }

        /** This sum and another (which may be null), as a new sum. */
        Sum plus(Sum other) {
            Sum both = new Sum();
            both.total = total + (other == null ? 0 : other.total);
            both.female = female + (other == null ? 0 : other.female);
            both.femaleKnown = femaleKnown && (other == null || other.femaleKnown);
            return both;
        }
    }
}
