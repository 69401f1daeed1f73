package io.github.peacekeeping.examples.tour;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.agreement.Participant;
import io.github.peacekeeping.core.agreement.PeaceAgreement;
import io.github.peacekeeping.core.budget.Appropriation;
import io.github.peacekeeping.core.fatality.Fatalities;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.core.fatality.FatalityCount;
import io.github.peacekeeping.core.lineage.MissionLink;
import io.github.peacekeeping.core.partner.Partnership;
import io.github.peacekeeping.core.validation.Finding;
import io.github.peacekeeping.core.validation.ValidationReport;
import java.io.PrintWriter;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints what a mission supported and worked beside, what it was given and what it cost in lives: its peace
 * agreements with their participants and the decisions that support them, its partnerships, links, aliases
 * and appropriations, and its deaths as the UN records them, counted by category and year, with the
 * fatality rules' findings.
 *
 * <p>Each call writes to the writer it is given, and only to it.
 */
public final class DiplomacySummary {

    private DiplomacySummary() {
    }

    /**
     * Prints the summary.
     *
     * @param mission     the mission, not null
     * @param fatalities  the mission's fatality records, not null
     * @param report      the fatality rules' report on them, not null
     * @param out         where to print, not null; not flushed or closed
     */
    public static void print(Mission mission, List<Fatality> fatalities, ValidationReport report, PrintWriter out) {
        out.println("  Peace agreements");
        for (PeaceAgreement agreement : mission.agreements()) {
            out.println("    " + agreement + ", " + agreement.kind() + agreement.place().map(p -> " at " + p).orElse("")
                    + agreement.document().map(d -> ", " + d).orElse("")
                    + (agreement.paxId().isPresent() ? ", PA-X " + agreement.paxId().getAsInt() : "")
                    + ", supported by " + supporters(mission, agreement));
            for (Participant participant : agreement.participants()) {
                out.println("      " + participant);
            }
        }
        if (mission.agreements().isEmpty()) {
            out.println("    none recorded");
        }
        out.println("  Partners");
        for (Partnership partnership : mission.partnerships()) {
            out.println("    " + partnership.kind() + " " + partnership.partner()
                    + partnership.date().map(d -> " from " + d).orElse("")
                    + partnership.resolution().map(r -> " under " + r.symbol() + r.vote().map(v -> ", " + v).orElse(""))
                            .orElse(""));
        }
        for (MissionLink link : mission.links()) {
            out.println("    " + link);
        }
        if (mission.partnerships().isEmpty() && mission.links().isEmpty()) {
            out.println("    none recorded");
        }
        out.println("  Budgets");
        for (Appropriation appropriation : mission.budgets()) {
            out.println("    " + appropriation);
        }
        if (mission.budgets().isEmpty()) {
            out.println("    none sourced");
        }
        out.println("  Fatalities (UN fatality file, 2025)");
        FatalityCount all = Fatalities.count(fatalities);
        out.println("    " + all);
        for (Map.Entry<Year, FatalityCount> year : Fatalities.perYear(fatalities).entrySet()) {
            out.println("    " + year.getKey() + ": " + year.getValue().total());
        }
        for (Finding finding : report.findings()) {
            out.println("    " + finding);
        }
    }

    private static String supporters(Mission mission, PeaceAgreement agreement) {
        String decisions = mission.mandates().stream().filter(m -> m.supports().contains(agreement.name()))
                .map(m -> m.resolution().symbol().toString()).collect(Collectors.joining(", "));
        return decisions.isEmpty() ? "no decision recorded" : decisions;
    }
}
