package io.github.peacekeeping.examples.tour;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.validation.MissionValidator;
import io.github.peacekeeping.core.validation.ValidationReport;
import io.github.peacekeeping.json.PeacekeepingJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The tour: builds two case studies, UNTAG (Namibia, 1989-1990) and UNAMIR (Rwanda,
 * 1993-1996), from sourced facts ({@link Untag}, {@link Unamir}), validates them with the standard rules,
 * and prints for each a summary ({@link MissionSummary}) and its JSON document.
 *
 * <p>Exit code 0 when both case studies are valid, 1 otherwise (which would be a bug in the facts).
 */
@Command(name = "tour", description = "Builds UNTAG and UNAMIR from sourced facts, validates them, "
        + "and prints their mandate history, ceilings, leadership, findings and JSON.")
public final class TourCommand implements Callable<Integer> {

    /** The line after which the tour prints a mission's JSON document. */
    public static final String JSON_HEADING = "JSON (wire format v2)";

    @Spec
    private CommandSpec spec;

    /**
     * Creates the command; picocli calls it.
     */
    public TourCommand() {
    }

    /**
     * Returns the case studies of the tour, in order.
     *
     * @return UNTAG and UNAMIR, unmodifiable
     */
    public static List<Mission> caseStudies() {
        return List.of(Untag.mission(), Unamir.mission());
    }

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut());
    }

    /**
     * Prints the tour.
     *
     * @param out  where to print, not null
     * @return 0 if every case study is valid, 1 otherwise
     */
    public int run(PrintWriter out) {
        // Written as the wire format's reference document is: two-space indentation, one value a line.
        PeacekeepingJson json = PeacekeepingJson.standard().withPrettyPrinting();
        boolean valid = true;
        for (Mission mission : caseStudies()) {
            ValidationReport report = MissionValidator.validate(mission);
            valid &= report.isValid();
            MissionSummary.print(mission, report, out);
            out.println("  " + JSON_HEADING);
            out.println(json.writeMission(mission));
            out.println();
        }
        return valid ? 0 : 1;
    }
}
