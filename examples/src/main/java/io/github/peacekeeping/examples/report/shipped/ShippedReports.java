package io.github.peacekeeping.examples.report.shipped;

import io.github.peacekeeping.examples.PeacekeepingCli;
import io.github.peacekeeping.json.PeacekeepingJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes the reports that the examples ship and the README shows, from the data slices beside them
 * (reports/UNAMIR/data, reports/MINUSTAH/data, each with its PROVENANCE.txt):
 * {@code java -cp examples/target/peacekeeping-examples.jar
 * io.github.peacekeeping.examples.report.shipped.ShippedReports examples/reports}.
 *
 * <p>Each goes the way a user goes: the mission is written as reports/MISSION/mission.json with the JSON
 * binding (UNAMIR from the wire format's v2 reference document with the UN's month-end totals,
 * {@link UnamirInputs}; MINUSTAH from its decisions, {@link MinustahInputs}); MINUSTAH's contributions CSV
 * slice is imported with {@code import-contributions} into a temporary JSON Lines file; and {@code report}
 * draws the charts from these files and the fatality slice. The output is the same bytes for the same
 * slices.
 */
public final class ShippedReports {

    private static final String UN_FATALITIES = "Fatalities: the UN's fatality file (UN Peace and Security Data "
            + "Hub, DPPADPOSS-FATALITIES, last update 2025-04-04).";

    private ShippedReports() {
    }

    /**
     * Makes both reports.
     *
     * @param args  one argument, the directory of the shipped reports (examples/reports)
     * @throws IOException if a slice cannot be read or a report written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ShippedReports REPORTS-DIRECTORY");
        }
        Path reports = Path.of(args[0]);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        for (String mission : List.of("UNAMIR", "MINUSTAH")) {
            Path directory = reports.resolve(mission);
            int exit = mission.equals("UNAMIR") ? unamir(directory, out, err) : minustah(directory, out, err);
            if (exit != 0) {
                throw new IOException("report of " + mission + ": exit code " + exit);
            }
        }
    }

    /** UNAMIR's report: its mission document with the month-end totals, then the report command. */
    static int unamir(Path directory, PrintWriter out, PrintWriter err) throws IOException {
        Path data = directory.resolve("data");
        Path mission = directory.resolve("mission.json");
        PeacekeepingJson.standard().withPrettyPrinting().writeMission(UnamirInputs.mission(data), mission);
        try (InputStream none = InputStream.nullInputStream()) {
            return PeacekeepingCli.run(new String[] {"report", mission.toString(),
                    "--fatalities", data.resolve("fatalities.csv").toString(),
                    "--source", "Deployed: the UN's month-end totals of the whole mission, October 1993 to March 1996 "
                            + "(IPI Peacekeeping Database, data_mission.csv): troops with the staff officers, military "
                            + "observers (experts on mission), and police.",
                    "--source", "Authorized: the decisions of S/RES/872 (1993) to S/RES/1029 (1995) as the wire "
                            + "format's version 2 reference document records them, by category and phase.",
                    "--source", UN_FATALITIES,
                    "-o", directory.toString()}, none, out, err);
        }
    }

    /** MINUSTAH's report, through the files and commands a user would use. */
    static int minustah(Path directory, PrintWriter out, PrintWriter err) throws IOException {
        Path data = directory.resolve("data");
        Path mission = directory.resolve("mission.json");
        PeacekeepingJson.standard().withPrettyPrinting().writeMission(MinustahInputs.mission(), mission);
        Path work = Files.createTempDirectory("minustah-report");
        Path contributions = work.resolve("contributions.jsonl");
        try (InputStream none = InputStream.nullInputStream()) {
            int imported = PeacekeepingCli.run(new String[] {"import-contributions",
                    data.resolve("gender_minustah.csv").toString(), "-o", contributions.toString()}, none, out, err);
            if (imported != 0) {
                return imported;
            }
            return PeacekeepingCli.run(new String[] {"report", mission.toString(),
                    "--contributions", contributions.toString(), "--fatalities", data.resolve("fatalities.csv").toString(),
                    "--source", "Deployed and women: the UN's monthly contributions by contributor, category and sex, "
                            + "November 2009 to February 2014 (IPI Peacekeeping Database, Gender.Full.csv); troops "
                            + "include the staff officers.",
                    "--source", "Authorized: the Security Council's decisions of October 2009 to October 2013 "
                            + "(mission.json), their ceilings checked against the mission-authorized-strength data set.",
                    "--source", UN_FATALITIES,
                    "-o", directory.toString()}, none, out, err);
        } finally {
            Files.deleteIfExists(contributions);
            Files.deleteIfExists(work);
        }
    }
}
