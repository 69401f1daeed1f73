package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Authorization;
import io.github.peacekeeping.core.AuthorizationPeriod;
import io.github.peacekeeping.core.ComponentType;
import io.github.peacekeeping.core.DeployedStrength;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PersonnelCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * PK106: on each reporting day, the personnel deployed in the categories of each authorization in force
 * that day stay within its maximum ({@link Mission#authorizationHistory()}: an authorization stays in force
 * until a later one names any of its categories, or the mission closes). One finding per authorization and
 * day, at the authorization: {@code /mandates/i/authorizedStrength/j}, or {@code /mandates/i/ceilings/military}
 * and {@code .../police} for a v1 ceiling. Days on which no authorization is in force are not checked.
 */
final class CeilingExceeded implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<AuthorizationPeriod> history = mission.authorizationHistory();
        if (history.isEmpty()) {
            return;
        }
        for (LocalDate day : mission.reportingDays()) {
            Optional<DeployedStrength> strength = mission.strengthOn(day);
            if (strength.isEmpty()) {
                continue; // outside the mission's life: PK107's
            }
            for (AuthorizationPeriod period : history) {
                if (!period.period().contains(day)) {
                    continue;
                }
                Authorization authorization = period.authorization();
                long deployed = strength.get().total(authorization.categories());
                if (deployed > authorization.maximum()) {
                    Mandate decision = period.decision();
                    findings.accept(Finding.of(rule, pointer(mission, decision, authorization),
                            names(authorization) + ": " + deployed + " deployed on " + day + ", above the maximum of "
                                    + authorization.maximum() + " authorized by " + decision.resolution().symbol()
                                    + authorization.from().map(from -> " from " + from).orElse("")));
                }
            }
        }
    }

    private static String names(Authorization authorization) {
        StringBuilder names = new StringBuilder();
        for (PersonnelCategory category : authorization.categories()) {
            names.append(names.length() == 0 ? "" : "+").append(category.name());
        }
        return names.toString();
    }

    /** Where the authorization is written: in the decision's authorizedStrength, or as a v1 ceiling. */
    private static String pointer(Mission mission, Mandate decision, Authorization authorization) {
        int d = 0;
        while (mission.mandates().get(d) != decision) {
            d++;
        }
        List<Authorization> entries = decision.authorizedStrength();
        for (int a = 0; a < entries.size(); a++) {
            if (entries.get(a) == authorization) {
                return Pointer.of(FieldNames.MANDATES, d, FieldNames.AUTHORIZED_STRENGTH, a);
            }
        }
        // Not an entry of authorizedStrength: one of the v1 ceilings, for all categories of a component.
        ComponentType component = authorization.categories().get(0).component();
        return Pointer.of(FieldNames.MANDATES, d, FieldNames.CEILINGS,
                component == ComponentType.MILITARY ? FieldNames.MILITARY : FieldNames.POLICE);
    }
}
