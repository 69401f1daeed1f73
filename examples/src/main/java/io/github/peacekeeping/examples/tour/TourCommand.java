package io.github.peacekeeping.examples.tour;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.core.validation.FatalityValidator;
import io.github.peacekeeping.core.validation.MissionValidator;
import io.github.peacekeeping.core.validation.ValidationReport;
import io.github.peacekeeping.json.PeacekeepingJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The tour: builds two case studies, UNTAG (Namibia, 1989-1990) and UNAMIR (Rwanda,
 * 1993-1996), from sourced facts ({@link Untag}, {@link Unamir}), validates them with the standard rules,
 * and prints for each a summary ({@link MissionSummary}), its agreements, partners, budgets and deaths
 * ({@link DiplomacySummary}, the deaths read from the UN's fatality file as JSON Lines and checked by the
 * fatality rules) and its JSON document.
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

    /**
     * Returns the deaths of UNTAG and UNAMIR personnel as the UN's fatality file of 2025 records them, read
     * from the JSON Lines in this jar (tour/fatalities.jsonl; its PROVENANCE file says how it was made).
     *
     * @return the records, in the file's order, unmodifiable
     */
    public static List<Fatality> fatalities() {
        try (InputStream in = TourCommand.class.getResourceAsStream("fatalities.jsonl");
                Stream<Fatality> records = PeacekeepingJson.standard().readFatalities(in)) {
            return records.toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the jar's tour/fatalities.jsonl cannot be read", e);
        }
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
        List<Fatality> fatalities = fatalities();
        for (Mission mission : caseStudies()) {
            ValidationReport report = MissionValidator.validate(mission);
            valid &= report.isValid();
            MissionSummary.print(mission, report, out);
            List<Fatality> deaths = fatalities.stream().filter(f -> f.mission().equals(mission.acronym())).toList();
            ValidationReport checked = FatalityValidator.validate(mission, deaths);
            valid &= checked.isValid();
            DiplomacySummary.print(mission, deaths, checked, out);
            out.println("  " + JSON_HEADING);
            out.println(json.writeMission(mission));
            out.println();
        }
        return valid ? 0 : 1;
    }
}
