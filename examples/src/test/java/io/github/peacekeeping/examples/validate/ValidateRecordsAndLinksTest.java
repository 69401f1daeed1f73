package io.github.peacekeeping.examples.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PartialDate;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.ResolutionSymbol;
import io.github.peacekeeping.core.Vote;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.core.lineage.LinkKind;
import io.github.peacekeeping.core.lineage.MissionLink;
import io.github.peacekeeping.examples.Cli;
import io.github.peacekeeping.json.PeacekeepingJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --fatalities} checks fatality records against each mission, and {@code validate} of
 * several linked missions checks their links: on the real slice of the UN's fatality file (UNAMIR's 27 deaths
 * fall within its life), on a record moved before UNAMIR existed, and on UNAVEM III and MONUA, whose
 * hand-over the UN dates 1 July 1997 (un.org/Depts/DPKO/Missions/monua_p.htm: MONUA "operational as of 1 July
 * 1997"; S/RES/976 (1995) of 8 February 1995 and S/RES/1118 (1997) of 30 June 1997, both 15-0-0 in the Dag
 * Hammarskjold Library's meeting table).
 */
class ValidateRecordsAndLinksTest {

    @TempDir
    Path dir;

    private Path unamir;
    private Path fatalities;

    @BeforeEach
    void writeFiles() throws IOException {
        unamir = dir.resolve("unamir.json");
        try (InputStream in = getClass().getResourceAsStream("/validate/unamir.json")) {
            Files.copy(in, unamir);
        }
        fatalities = dir.resolve("fatalities.jsonl");
        Path slice = Path.of(getClass().getResource("/fatalities/fatalities-slice.csv").getPath());
        assertThat(Cli.run("import-fatalities", slice.toString(), "-o", fatalities.toString()).exitCode()).isZero();
    }

    @Test
    void unamirsRecordedDeathsAllFallWithinItsLife() {
        Cli.Result result = Cli.run("validate", unamir.toString(), "--fatalities", fatalities.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).endsWith("== " + fatalities + ": fatalities of UNAMIR ==\nno findings\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aDeathBeforeTheMissionIsReportedWithItsRecordsLine() throws IOException {
        List<Fatality> records;
        try (Stream<Fatality> read = PeacekeepingJson.standard().readFatalities(fatalities)) {
            records = read.toList();
        }
        int first = records.indexOf(records.stream().filter(f -> f.mission().equals("UNAMIR")).findFirst().orElseThrow());
        // Altered for the test: the first Belgian death moved to before UNAMIR was established on 5 October 1993.
        Fatality moved = Fatality.builder().from(records.get(first)).date(LocalDate.of(1993, 9, 1)).build();
        Path altered = dir.resolve("altered.jsonl");
        PeacekeepingJson.standard().writeFatalities(Stream.concat(Stream.of(moved),
                records.stream().filter(f -> f != records.get(first))), altered);

        Cli.Result text = Cli.run("validate", unamir.toString(), "--fatalities", altered.toString());
        Cli.Result json = Cli.run("validate", unamir.toString(), "--fatalities", altered.toString(), "--format", "json");

        String message = "UNAMIR-1994-04-10880 is dated 1993-09-01, before the mission was established on 1993-10-05";
        assertThat(text.out()).endsWith("== " + altered + ": fatalities of UNAMIR ==\nWARNING PK127 /0/date: " + message
                + "\n");
        assertThat(json.out()).endsWith("{\"file\":\"" + altered + "\",\"severity\":\"WARNING\",\"code\":\"PK127\","
                + "\"path\":\"/0/date\",\"line\":1,\"column\":1,\"message\":\"" + message + "\"}\n");
        // A warning: the UN's own file has deaths dated outside the life its list of operations gives.
        assertThat(text.exitCode()).isEqualTo(json.exitCode()).isEqualTo(ValidateCommand.VALID);
    }

    @Test
    void aFileOfRecordsThatCannotBeReadIsReportedAndTheMissionsStillValidated() throws IOException {
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, "{\"casualtyId\":\"X\"}\n");

        Cli.Result result = Cli.run("validate", unamir.toString(), "--fatalities", broken.toString());

        assertThat(result.exitCode()).isEqualTo(ValidateCommand.UNREADABLE);
        assertThat(result.err()).isEqualTo(broken + ": Missing value for mission, date, category, incidentType (required)"
                + " at $ (line 1, column 1)\n");
        assertThat(result.out()).contains("PK112");
    }

    private static Mission mission(String acronym, String name, String resolution, LocalDate adopted, MissionLink link) {
        return Mission.builder().acronym(acronym).name(name).addHost(CountryCode.of("AGO")).region(Region.AFRICA)
                .established(PartialDate.of(adopted.getYear(), adopted.getMonthValue(), adopted.getDayOfMonth()))
                .addMandate(Mandate.builder().resolution(Resolution.builder(ResolutionSymbol.parse(resolution), adopted)
                                .vote(Vote.of(15, 0, 0)).build())
                        .addAction(MandateAction.ESTABLISH).effective(adopted).chapterVII(false).build())
                .addLink(link).build();
    }

    private Path write(Mission mission) throws IOException {
        Path file = dir.resolve(mission.acronym().replace(' ', '-') + ".json");
        PeacekeepingJson.standard().writeMission(mission, file);
        return file;
    }

    @Test
    void linkedMissionsThatAgreeHaveNoFindingsAndThoseThatDoNotAreReported() throws IOException {
        LocalDate handOver = LocalDate.of(1997, 7, 1);
        Path unavem = write(mission("UNAVEM III", "United Nations Angola Verification Mission III", "S/RES/976 (1995)",
                LocalDate.of(1995, 2, 8), MissionLink.of(LinkKind.SUCCESSOR, "MONUA", handOver)));
        Mission monua = mission("MONUA", "United Nations Observer Mission in Angola", "S/RES/1118 (1997)",
                LocalDate.of(1997, 6, 30), MissionLink.of(LinkKind.PREDECESSOR, "UNAVEM III", handOver));
        Path agreeing = write(monua);

        Cli.Result agree = Cli.run("validate", unavem.toString(), agreeing.toString());

        assertThat(agree.exitCode()).isEqualTo(ValidateCommand.VALID);
        assertThat(agree.out()).endsWith("== succession of /0 " + unavem + ", /1 " + agreeing + " ==\nno findings\n");

        // Altered for the test: MONUA dates the hand-over a day early.
        write(Mission.builder().from(monua).links(List.of(MissionLink.of(LinkKind.PREDECESSOR, "UNAVEM III",
                handOver.minusDays(1)))).build());
        Cli.Result disagree = Cli.run("validate", unavem.toString(), agreeing.toString(), "--format", "json");

        // The finding names the file of the mission it is about, with the line and column of its link.
        assertThat(disagree.out()).isEqualTo("{\"file\":\"" + unavem + "\",\"severity\":\"WARNING\",\"code\":\"PK126\","
                + "\"path\":\"/links/0\",\"line\":1,\"column\":" + (Files.readString(unavem).indexOf("{\"kind\"") + 1)
                + ",\"message\":\"UNAVEM III hands over to MONUA on 1997-07-01, but MONUA takes over on 1997-06-30\"}\n");
        assertThat(disagree.exitCode()).isEqualTo(ValidateCommand.VALID);
    }
}
