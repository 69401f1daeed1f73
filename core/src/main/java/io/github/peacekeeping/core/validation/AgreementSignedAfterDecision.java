package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.agreement.PeaceAgreement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

/**
 * PK122: a decision supports an agreement that was signed after the decision was adopted. A WARNING, never
 * an ERROR: the Council does act on an agreement about to be signed. Resolution 626 (1988) of 20 December
 * 1988 established UNAVEM to verify the withdrawal of Cuban troops from Angola that the New York Accords,
 * signed two days later, provided for.
 */
final class AgreementSignedAfterDecision implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<Mandate> mandates = mission.mandates();
        for (int m = 0; m < mandates.size(); m++) {
            Mandate mandate = mandates.get(m);
            LocalDate adopted = mandate.resolution().adopted();
            List<String> supports = mandate.supports();
            for (int s = 0; s < supports.size(); s++) {
                PeaceAgreement agreement = mission.agreement(supports.get(s)).orElseThrow();
                if (agreement.date().isAfter(adopted)) {
                    long days = ChronoUnit.DAYS.between(adopted, agreement.date());
                    findings.accept(Finding.of(rule, Pointer.of(FieldNames.MANDATES, m, FieldNames.SUPPORTS, s),
                            mandate.resolution().symbol() + " of " + adopted + " supports the " + agreement.name()
                                    + ", dated " + agreement.date() + ", " + days + (days == 1 ? " day" : " days") + " later"));
                }
            }
        }
    }
}
