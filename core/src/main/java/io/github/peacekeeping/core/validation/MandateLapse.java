package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.DateRange;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PartialDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

/**
 * PK104: every day of the mission's operations is covered by a mandate period. The operations end on the
 * day they ended ({@code operationsEnded}, after which the withdrawal needs no mandate period) or else on
 * the closing day, or for a mission whose operations go on on the reference day: a given day, or else the
 * last day the record mentions. With dates known only to the month or year, only the days every reading
 * puts in the operations are checked: from the last day {@code established} may be to the first day the
 * operations may have ended. Each gap is reported once, at the decision whose period ran out before it, or at
 * {@code /established} when no decision covers the first days.
 */
final class MandateLapse implements Check {

    private final LocalDate asOf;

    MandateLapse(LocalDate asOf) {
        this.asOf = asOf;
    }

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        // Only the days every reading of the dates puts in the operations.
        LocalDate first = mission.established().latest();
        LocalDate last = mission.operationsEnded().or(mission::closed).map(PartialDate::earliest)
                .orElse(asOf != null ? asOf : mission.lastRecordedDay());
        LocalDate uncoveredFrom = first;
        for (DateRange covered : mission.mandateCoverage()) {
            if (uncoveredFrom == null || uncoveredFrom.isAfter(last)) {
                return;
            }
            if (covered.start().isAfter(uncoveredFrom)) {
                LocalDate gapEnd = covered.start().minusDays(1);
                report(rule, mission, uncoveredFrom, gapEnd.isAfter(last) ? last : gapEnd, findings);
            }
            LocalDate coveredEnd = covered.end().orElse(null);
            if (coveredEnd == null) {
                return;
            }
            if (!coveredEnd.isBefore(uncoveredFrom)) {
                uncoveredFrom = coveredEnd.equals(LocalDate.MAX) ? null : coveredEnd.plusDays(1);
            }
        }
        if (uncoveredFrom != null && !uncoveredFrom.isAfter(last)) {
            report(rule, mission, uncoveredFrom, last, findings);
        }
    }

    private static void report(Rule rule, Mission mission, LocalDate from, LocalDate to,
            Consumer<? super Finding> findings) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        String gap = "no mandate period covers " + (days == 1 ? from.toString() : from + " to " + to)
                + " (" + days + (days == 1 ? " day" : " days") + ")";
        int expired = lastPeriodBefore(mission.mandates(), from);
        if (expired < 0) {
            findings.accept(Finding.of(rule, Pointer.of(FieldNames.ESTABLISHED),
                    gap + ", between the mission's establishment on " + mission.established()
                            + " and its first mandate period"));
        } else {
            Mandate decision = mission.mandates().get(expired);
            findings.accept(Finding.of(rule, Pointer.of(FieldNames.MANDATES, expired, FieldNames.EXPIRES),
                    gap + ": the period set by " + decision.resolution().symbol() + " expired on "
                            + decision.expires().map(LocalDate::toString).orElse("?")));
        }
    }

    /** The index of the latest decision before a day that set a period, or -1. */
    private static int lastPeriodBefore(List<Mandate> mandates, LocalDate day) {
        int found = -1;
        for (int i = 0; i < mandates.size(); i++) {
            Mandate decision = mandates.get(i);
            if (decision.period().isPresent() && decision.effective().isBefore(day)
                    && (found < 0 || !decision.effective().isBefore(mandates.get(found).effective()))) {
                found = i;
            }
        }
        return found;
    }
}
