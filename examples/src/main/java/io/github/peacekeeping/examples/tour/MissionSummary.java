package io.github.peacekeeping.examples.tour;

import io.github.peacekeeping.core.Adoption;
import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.Authorization;
import io.github.peacekeeping.core.Ceilings;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.DateRange;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateTask;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.validation.Finding;
import io.github.peacekeeping.core.validation.ValidationReport;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints a readable summary of a mission: who and where, the history of its mandate decision by decision
 * (resolution symbol, vote or adoption without one, what it did, the period it set, Chapter VII, the tasks
 * it set), the authorized ceilings in force over time (on each day a decision or a phase of one takes
 * effect), the leadership with each holder's tenure, and the validators' findings.
 *
 * <p>The ceilings and tenures are not stored in the mission: they are what the model answers for a day
 * ({@link Mission#ceilingsOn}, {@link Mission#tenureOf}), so the summary shows the model at work.
 *
 * <p>Each call writes to the writer it is given, and only to it.
 */
public final class MissionSummary {

    private MissionSummary() {
    }

    /**
     * Prints the summary of a mission and of its validation report.
     *
     * @param mission  the mission, not null
     * @param report   the mission's validation report, not null
     * @param out      where to print, not null; not flushed or closed
     */
    public static void print(Mission mission, ValidationReport report, PrintWriter out) {
        out.println(mission.acronym() + " - " + mission.name());
        out.println("  hosts " + hosts(mission.hosts()) + "; region " + mission.region()
                + "; established " + mission.established()
                + mission.operationsEnded().map(e -> ", operations ended " + e).orElse("")
                + mission.closed().map(c -> ", closed " + c).orElse(", active"));

        out.println("  Mandate history");
        for (Mandate decision : mission.mandates()) {
            Resolution resolution = decision.resolution();
            out.println("    " + resolution.symbol()
                    + " adopted " + resolution.adopted()
                    + adoption(resolution)
                    + ": " + decision.actions().stream().map(Enum::name).collect(Collectors.joining(", "))
                    + period(decision)
                    + chapterVII(decision));
            decision.tasks().ifPresent(tasks -> out.println("      tasks: " + tasks(tasks)));
        }

        out.println("  Ceilings over time");
        Ceilings previous = Ceilings.none();
        for (Map.Entry<LocalDate, Mandate> change : daysOfEffect(mission)) {
            // What is in force on the day a decision or a phase of one takes effect combines it with every
            // earlier decision.
            Ceilings inForce = mission.ceilingsOn(change.getKey());
            if (!inForce.equals(previous)) {
                out.println("    from " + change.getKey() + ": " + ceilings(inForce)
                        + " (" + change.getValue().resolution().symbol() + ")");
                previous = inForce;
            }
        }
        if (previous.isEmpty()) {
            out.println("    no ceiling recorded");
        }

        out.println("  Leadership");
        for (Appointment appointment : mission.leadership()) {
            out.println("    " + appointment.role() + " " + appointment.name() + " (" + appointment.nationality()
                    + ")" + (appointment.acting() ? ", acting" : "") + ", " + tenure(mission.tenureOf(appointment)));
        }
        if (mission.leadership().isEmpty()) {
            out.println("    none recorded");
        }

        out.println("  Findings");
        for (Finding finding : report.findings()) {
            out.println("    " + finding);
        }
        out.println("    " + (report.isValid() ? "valid" : "NOT valid") + ": " + report.findings().size()
                + (report.findings().size() == 1 ? " finding" : " findings"));
    }

    /** How the resolution was adopted: its vote, or without a vote, or by consensus. */
    private static String adoption(Resolution resolution) {
        Adoption adoption = resolution.adoption().orElse(Adoption.VOTE);
        if (adoption == Adoption.WITHOUT_VOTE) {
            return ", without vote";
        }
        if (adoption == Adoption.CONSENSUS) {
            return ", by consensus";
        }
        return resolution.vote().map(v -> ", vote " + v).orElse(", vote not recorded");
    }

    /** Chapter VII as the decision gives it: for some of its tasks (918 (1994): the arms embargo), or all. */
    private static String chapterVII(Mandate decision) {
        if (!decision.chapterVII()) {
            return "";
        }
        return decision.chapterVIITasks().map(tasks -> ", under Chapter VII for " + tasks(tasks))
                .orElse(", under Chapter VII");
    }

    /** The days on which a decision, or a later phase of its authorized strength, takes effect, in order. */
    private static List<Map.Entry<LocalDate, Mandate>> daysOfEffect(Mission mission) {
        List<Map.Entry<LocalDate, Mandate>> days = new ArrayList<>();
        for (Mandate decision : mission.mandates()) {
            days.add(Map.entry(decision.effective(), decision));
            for (Authorization authorization : decision.authorizedStrength()) {
                authorization.from().ifPresent(from -> days.add(Map.entry(from, decision)));
            }
        }
        days.sort(Map.Entry.comparingByKey());
        return days;
    }

    private static String tenure(DateRange tenure) {
        return tenure.start() + " to " + tenure.end().map(Object::toString).orElse("today");
    }

    private static String hosts(List<CountryCode> hosts) {
        return hosts.stream().map(c -> c.code() + " (" + c.name() + ")").collect(Collectors.joining(", "));
    }

    private static String period(Mandate decision) {
        if (decision.expires().isPresent()) {
            return ", period " + decision.effective() + " to " + decision.expires().get();
        }
        return decision.period().isPresent() ? ", open-ended period from " + decision.effective() : "";
    }

    private static String tasks(List<MandateTask> tasks) {
        return tasks.isEmpty() ? "none" : tasks.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String ceilings(Ceilings ceilings) {
        StringBuilder text = new StringBuilder();
        ceilings.military().ifPresent(v -> text.append("military ").append(v));
        ceilings.police().ifPresent(v -> text.append(text.length() > 0 ? ", " : "").append("police ").append(v));
        ceilings.civilian().ifPresent(v -> text.append(text.length() > 0 ? ", " : "").append("civilian ").append(v));
        return text.length() == 0 ? "none" : text.toString();
    }
}
