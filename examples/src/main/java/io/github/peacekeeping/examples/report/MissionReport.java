package io.github.peacekeeping.examples.report;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.examples.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report of one mission: the page {@value #PAGE} with the charts of its authorized against deployed
 * strength ({@value #STRENGTH}), its women's share by category ({@value #WOMEN}) and its fatalities per year
 * ({@value #FATALITIES}), each with the table of its figures. A chart without data is left out, and the page
 * says why in one sentence.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MissionReport {

    /** The page's file name. */
    public static final String PAGE = "index.html";
    /** The file name of the chart of authorized against deployed strength. */
    public static final String STRENGTH = "strength.svg";
    /** The file name of the chart of women's share. */
    public static final String WOMEN = "women.svg";
    /** The file name of the chart of fatalities per year. */
    public static final String FATALITIES = "fatalities.svg";

    private final ReportPage page;

    private MissionReport(ReportPage page) {
        this.page = page;
    }

    /**
     * Makes the report of a mission.
     *
     * @param mission             the mission with its deployments, totals and decisions, not null
     * @param contributionsGiven  whether per-contributor figures were given beside the mission's own, for the
     *                            sentence that says why the women's share is left out
     * @param fatalities          the mission's fatality records; empty if no fatality file was given
     * @param sources             sentences that say where the inputs come from, printed first; not null
     * @return the report, not null
     * @throws io.github.peacekeeping.core.PeacekeepingException if a value is missing
     */
    public static MissionReport of(Mission mission, boolean contributionsGiven, Optional<List<Fatality>> fatalities,
            List<String> sources) {
        Inputs.required("mission", mission);
        Inputs.required("fatalities", fatalities);
        List<String> paragraphs = new ArrayList<>(Inputs.list("sources", sources));
        List<Figure> figures = new ArrayList<>();
        Optional<TimeChart> strength = StrengthChart.of(mission);
        if (strength.isPresent()) {
            figures.add(new Figure(STRENGTH, strength.get(), "Deployed: the uniformed personnel on each reporting "
                    + "day, the contributors' figures summed, or the mission's totals where no contributor's figure is "
                    + "given. Authorized: the maximum the decisions in force allow for the same categories, broken "
                    + "where none is in force. Marked: the decisions that set authorized strength, on the day they "
                    + "took effect."));
        } else {
            paragraphs.add("No chart of authorized against deployed strength: the mission document reports no "
                    + "uniformed personnel and its decisions authorize none.");
        }
        Optional<TimeChart> women = WomenChart.of(mission);
        if (women.isPresent()) {
            figures.add(new Figure(WOMEN, women.get(), "The women among the personnel of each category on each "
                    + "reporting day, from the contributors' figures split by sex; a line breaks where a category has "
                    + "no personnel or a figure lacks the split. No target line: the year-by-year targets of the "
                    + "Uniformed Gender Parity Strategy 2018-2028 could not be sourced."));
        } else {
            paragraphs.add(contributionsGiven
                    ? "No chart of women's share: no contributor's figure of the mission gives the number of women."
                    : "No chart of women's share: no contribution file was given, and the mission document has no "
                            + "figure split by sex.");
        }
        if (fatalities.isEmpty()) {
            paragraphs.add("No chart of fatalities: no fatality file was given.");
        } else {
            Optional<YearlyBarChart> deaths = FatalityChart.of(mission, fatalities.get());
            if (deaths.isPresent()) {
                figures.add(new Figure(FATALITIES, deaths.get(), "Deaths per calendar year of the incident, by the "
                        + "UN's category of personnel, as records of the UN's fatality file (a death recorded twice "
                        + "counts twice, as the UN counts it)."));
            } else {
                paragraphs.add("No chart of fatalities: the fatality file records no death in " + mission.acronym() + ".");
            }
        }
        return new MissionReport(new ReportPage(mission.acronym() + ": " + mission.name(), paragraphs, figures));
    }

    /**
     * Returns the page.
     *
     * @return the page, not null
     */
    public ReportPage page() {
        return page;
    }

    /**
     * Returns the files of the report: the page first, then each chart drawn.
     *
     * @return file name to content, in order, unmodifiable
     */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(PAGE, page.toHtml());
        for (Figure figure : page.figures()) {
            files.put(figure.file(), figure.chart().toSvg());
        }
        return Collections.unmodifiableMap(files);
    }

    /**
     * Writes the report into a directory, creating it if needed. Every file is drawn before any is
     * written, and each is written whole or not at all (beside its target, then moved into place); a chart
     * file of an earlier report that this one leaves out is deleted, so that the directory holds this report.
     *
     * @param directory  the directory, not null
     * @return the paths written, the page first
     * @throws IOException if the directory cannot be created or a file cannot be written; files not yet
     *         moved into place are then left as they were
     */
    public List<Path> write(Path directory) throws IOException {
        Map<String, String> files = files();
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new NotDirectoryException(directory.toString());
        }
        Files.createDirectories(directory);
        List<OutputFile> outputs = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                OutputFile output = OutputFile.replacing(directory.resolve(file.getKey()));
                outputs.add(output);
                output.writer().write(file.getValue());
            }
            // The charts first, the page last: a page never names a chart that is not there.
            for (int i = outputs.size() - 1; i >= 0; i--) {
                outputs.get(i).commit();
            }
        } finally {
            for (OutputFile output : outputs) {
                output.close();
            }
        }
        for (String name : files.keySet()) {
            written.add(directory.resolve(name));
        }
        for (String chart : List.of(STRENGTH, WOMEN, FATALITIES)) {
            if (!files.containsKey(chart)) {
                Files.deleteIfExists(directory.resolve(chart));
            }
        }
        return List.copyOf(written);
    }
}
