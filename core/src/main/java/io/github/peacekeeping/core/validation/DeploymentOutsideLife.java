package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.DateRange;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PersonnelTotal;
import io.github.peacekeeping.core.UniformedComponent;
import java.util.List;
import java.util.function.Consumer;

/** PK107: every deployment and every total is dated within the mission's life, which holds its withdrawal. */
final class DeploymentOutsideLife implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        DateRange life = mission.life(); // once: the mission's dates do not change per deployment
        List<Component> components = mission.components();
        for (int c = 0; c < components.size(); c++) {
            if (!(components.get(c) instanceof UniformedComponent)) {
                continue;
            }
            List<? extends Deployment<?>> deployments = ((UniformedComponent<?>) components.get(c)).deployments();
            for (int d = 0; d < deployments.size(); d++) {
                Deployment<?> deployment = deployments.get(d);
                if (!life.contains(deployment.date())) {
                    findings.accept(Finding.of(rule,
                            Pointer.of(FieldNames.COMPONENTS, c, FieldNames.DEPLOYMENTS, d, FieldNames.DATE),
                            "the deployment " + deployment + " is dated outside the mission's life " + life));
                }
            }
            List<? extends PersonnelTotal<?>> totals = ((UniformedComponent<?>) components.get(c)).totals();
            for (int t = 0; t < totals.size(); t++) {
                PersonnelTotal<?> total = totals.get(t);
                if (!life.contains(total.date())) {
                    findings.accept(Finding.of(rule,
                            Pointer.of(FieldNames.COMPONENTS, c, FieldNames.TOTALS, t, FieldNames.DATE),
                            "the total " + total + " is dated outside the mission's life " + life));
                }
            }
        }
    }
}
