package io.github.peacekeeping.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.MissionProfile;
import io.github.peacekeeping.core.PartialDate;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.lineage.MissionLink;
import io.github.peacekeeping.core.validation.SuccessionValidator;
import io.github.peacekeeping.json.PeacekeepingJson;
import io.github.peacekeeping.json.PeacekeepingJsonException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueTest {

    private static final Catalogue CATALOGUE = Catalogue.reference();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    /**
     * The UN's current peacekeeping operations on 2026-11-28, as operations.PROVENANCE.txt documents them:
     * MINUSMA closed on 31 December 2023; UNIFIL's final mandate (resolution 2790 (2025)) runs to
     * 31 December 2026.
     */
    private static final List<String> ACTIVE_ON_2026_11_28 = List.of("UNTSO", "UNMOGIP", "UNFICYP", "UNDOF",
            "UNIFIL", "MINURSO", "UNMIK", "MONUSCO", "UNISFA", "UNMISS", "MINUSCA");

    @Test
    void holdsTheUnsSeventyOneOperationsOnce() {
        assertThat(CATALOGUE.entries()).hasSize(71);
        assertThat(CATALOGUE.entries()).extracting(MissionProfile::acronym).doesNotHaveDuplicates();
        assertThat(CATALOGUE.asOf()).isEqualTo(TODAY);
    }

    @Test
    void everyEntryHasAValidPeriodWithinTheCataloguesTime() {
        for (MissionProfile entry : CATALOGUE.entries()) {
            assertThat(entry.established().earliest()).as(entry.acronym())
                    .isAfterOrEqualTo(LocalDate.of(1948, 5, 29)).isBeforeOrEqualTo(TODAY);
            entry.closed().ifPresent(closed -> assertThat(closed.earliest()).as(entry.acronym())
                    .isAfterOrEqualTo(entry.established().latest()).isBeforeOrEqualTo(TODAY));
            assertThat(entry.life().start()).isEqualTo(entry.established().earliest());
        }
    }

    @Test
    void everyEntryHasARegionAndHostsThatTheModelKnows() {
        for (MissionProfile entry : CATALOGUE.entries()) {
            assertThat(entry.region()).as(entry.acronym()).isNotNull();
            assertThat(entry.hosts()).as(entry.acronym()).isNotEmpty().doesNotHaveDuplicates()
                    .allSatisfy(host -> assertThat(CountryCode.of(host.code())).isSameAs(host));
            assertThat(entry.name()).as(entry.acronym()).isNotBlank().doesNotStartWith("\"");
        }
    }

    @Test
    void everyHostNamesItsStateOnSomeDayOfTheOperation() {
        // Today's codes of the territories, checked against the periods of the model's country codes: ONUC's
        // COD in 1960, UNTAG's NAM (the UN's Namibia from 1968), UNTAET's TLS on its last day, UNISFA's SSD.
        for (MissionProfile entry : CATALOGUE.entries()) {
            assertThat(entry.hosts()).as(entry.acronym()).allMatch(host -> host.existedDuring(entry.life()));
        }
    }

    @Test
    void entriesAreInOrderOfEstablishment() {
        assertThat(CATALOGUE.entries()).extracting(MissionProfile::established).isSorted();
    }

    @Test
    void activeOperationsMatchTheUnsCurrentList() {
        assertThat(CATALOGUE.active()).extracting(MissionProfile::acronym)
                .containsExactlyInAnyOrderElementsOf(ACTIVE_ON_2026_11_28);
        assertThat(CATALOGUE.select(e -> e.isActiveOn(TODAY))).isEqualTo(CATALOGUE.active());
    }

    @Test
    void regionsFollowTheUnsGrouping() {
        Map<Region, Long> byRegion = CATALOGUE.entries().stream()
                .collect(Collectors.groupingBy(MissionProfile::region, Collectors.counting()));
        assertThat(byRegion).containsExactlyInAnyOrderEntriesOf(Map.of(Region.AFRICA, 31L, Region.AMERICAS, 10L,
                Region.ASIA_PACIFIC, 10L, Region.EUROPE, 10L, Region.MIDDLE_EAST, 10L));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # acronym | hosts               | established | closed     | why it is tested
            MINUSMA   | MLI                 | 2013-04-25  | 2023-12-31 | flagged active in the UN list; operations to 30 June 2023
            UNMIK     | XKX                 | 1999-06-10  |            | Kosovo, not SRB
            UNISFA    | SDN SSD             | 2011-06-27  |            | Abyei
            UNTAG     | NAM                 | 1978-09-29  | 1990-03-21 | missing from the UN list; established by S/RES/435 (1978)
            UNTMIH    | HTI                 | 1997-07-30  | 1997-11-30 | missing from the UN list
            UNEF I    | EGY                 | 1956-11-05  | 1967-06    | roman numeral, blank in the acronym; General Assembly resolution 1000 (ES-I)
            UNOGIL    | LBN                 | 1958-06     | 1958-12    | months only
            UNAMIR    | RWA                 | 1993-10     | 1996-04    | closed after the withdrawal; operations to 8 March 1996
            UNOSOM II | SOM                 | 1993-03-26  | 1995-03    | S/RES/814 (1993): the deaths of early March 1993 are UNOSOM I's
            UNTSO     | EGY ISR JOR LBN SYR | 1948-05-29  |            | the first operation
            ONUC      | COD                 | 1960-07     | 1964-06    | June 1964, not 6 June
            UNOCI     | CIV                 | 2004-04-04  | 2017-06-30 | closed on 30 June 2017, not in May
            MIPONUH   | HTI                 | 1997-12     | 2000-03-15 | from December 1997, not 28 December
            """)
    void correctedEntries(String acronym, String hosts, String established, String closed, String why) {
        MissionProfile entry = CATALOGUE.find(acronym).orElseThrow();

        assertThat(entry.hosts()).extracting(CountryCode::code).containsExactly(hosts.split(" "));
        assertThat(entry.established()).hasToString(established);
        assertThat(entry.closed().map(Object::toString)).isEqualTo(java.util.Optional.ofNullable(closed));
    }

    @Test
    void theUnsMonthPlaceholdersAreMonthsNotFirstDays() {
        // The UN's list writes a month as its first day; every such date is kept at month precision: 50 opening
        // months and MIPONUH's, less the eight whose establishing day is sourced (PROVENANCE item 19); 44 closing
        // months and ONUC's (UNOCI's placeholder gave way to its real day, UNAMIR's March to its April).
        assertThat(CATALOGUE.entries()).filteredOn(e -> e.established().precision() == PartialDate.Precision.MONTH)
                .hasSize(43);
        assertThat(CATALOGUE.entries()).filteredOn(e -> e.closed().map(c -> c.precision() == PartialDate.Precision.MONTH)
                .orElse(false)).hasSize(45);
        assertThat(CATALOGUE.entries()).noneMatch(e -> e.established().exactDay().map(d -> d.getDayOfMonth() == 1)
                .orElse(false) || e.closed().flatMap(PartialDate::exactDay).map(d -> d.getDayOfMonth() == 1).orElse(false));
        assertThat(CATALOGUE.find("UNAMIR").orElseThrow().isActiveOn(LocalDate.of(1996, 3, 31))).isTrue();
    }

    @Test
    void aliasesAndOtherEntitiesAreLeftOut() {
        for (String acronym : List.of("UNAVEM", "UNEF", "UNOSOM", "UNPSG", "UNOHCI", "UNGCI", "UNSCOB", "UNFOR",
                "UNPF", "IPTF", "MICAH", "UNSMA")) {
            assertThat(CATALOGUE.find(acronym)).as(acronym).isEmpty();
        }
        assertThat(CATALOGUE.find("DOMREP").orElseThrow().name())
                .isEqualTo("Mission of the Representative of the Secretary-General in the Dominican Republic");
    }

    @Test
    void operationsOfAYear() {
        Function<Integer, List<String>> ofYear = year -> CATALOGUE.select(e -> e.isActiveIn(year)).stream()
                .map(MissionProfile::acronym).collect(Collectors.toList());

        assertThat(ofYear.apply(1950)).containsExactly("UNTSO", "UNMOGIP");
        assertThat(ofYear.apply(1990)).contains("UNTAG", "UNIIMOG", "ONUCA").doesNotContain("UNAMIR");
    }

    @Test
    void aBrokenCatalogueIsRefusedWithTheLineAndColumnOfTheValue() {
        String untso = "{\"acronym\":\"UNTSO\",\"name\":\"United Nations Truce Supervision Organization\","
                + "\"hosts\":[\"ISR\"],\"region\":\"MIDDLE_EAST\",\"established\":\"1948-05-29\"}";

        assertThatThrownBy(() -> read(untso + "\n" + untso.replace("}", ",\"closed\":\"1940-01-01\"}")))
                .isInstanceOf(PeacekeepingJsonException.class)
                .hasMessage("Invalid value for closed: 1940-01-01 (must not be before established 1948-05-29) at closed "
                        + "(line 2, column 150)");
        assertThatThrownBy(() -> read(untso.replace("[\"ISR\"]", "[\"ISR\",\"QQQ\"]")))
                .hasMessage("Invalid value for hosts: \"QQQ\" (not an ISO 3166-1 alpha-3 code, XKX or "
                        + "a former ISO 3166-3 code) at hosts[1] (line 1, column 90)");
        assertThatThrownBy(() -> read(untso.replace("MIDDLE_EAST", "ANTARCTICA")))
                .hasMessage("Unknown value \"ANTARCTICA\" for region at region (line 1, column 100); expected one of: "
                        + "AFRICA, AMERICAS, ASIA_PACIFIC, EUROPE, MIDDLE_EAST");
        assertThatThrownBy(() -> read(untso + "\n" + untso))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for acronym: \"UNTSO\" (names two operations)");
    }

    @Test
    void theLinksAgreeInBothDirectionsWithOneHandOverDay() {
        // The succession rules (PK125, PK126) need only acronyms, establishing days and links: they check the
        // catalogue's profiles as they check missions. No finding: every link has its reverse, with the same day.
        assertThat(SuccessionValidator.validateProfiles(CATALOGUE.entries()).findings()).isEmpty();
        assertThat(CATALOGUE.entries().stream().mapToInt(e -> e.links().size()).sum()).isEqualTo(18);
    }

    @Test
    void everyHandOverDayLiesInTheLivesOfBothOperations() {
        // What rule PK123 checks on a mission, which needs its decisions: here on the catalogue's dates alone. The
        // hand-over is the first day of the later operation, and the day after the last of the earlier one at most.
        for (MissionProfile entry : CATALOGUE.entries()) {
            for (MissionLink link : entry.links()) {
                MissionProfile linked = CATALOGUE.find(link.mission()).orElseThrow();
                link.handOver().ifPresent(day -> {
                    assertThat(entry.isActiveOn(day) || entry.isActiveOn(day.minusDays(1))).as(link + " of " + entry).isTrue();
                    assertThat(linked.isActiveOn(day) || linked.isActiveOn(day.minusDays(1))).as(link + " of " + entry).isTrue();
                });
            }
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # name   | day        | operation
            UNEF     | 1967-05-30 | UNEF I
            UNEF     | 1974-01-01 | UNEF II
            UNAVEM   | 1991-11-18 | UNAVEM II
            UNAVEM   | 1997-06-24 | UNAVEM III
            UNOSOM   | 1993-03-12 | UNOSOM I
            UNOSOM   | 1993-03-26 | UNOSOM II
            UNPSG    | 1998-02-02 | UNCPSG
            IPTF     | 1997-06-01 | UNMIBH
            MONUSCO  | 1990-01-01 | MONUSCO
            """)
    void theAliasesOfTheUnsFilesResolveByTheDay(String name, LocalDate day, String operation) {
        assertThat(CATALOGUE.names().resolve(name, day)).contains(operation);
    }

    @Test
    void anAliasResolvesToNothingBeforeItsFirstOperation() {
        assertThat(CATALOGUE.names().resolve("UNAVEM", LocalDate.of(1988, 12, 19))).isEmpty();
        assertThat(CATALOGUE.names().missionsOf("UNAVEM")).containsExactly("UNAVEM I", "UNAVEM II", "UNAVEM III");
        assertThat(CATALOGUE.names()).hasToString("MissionNames[71 acronyms, 5 aliases]");
    }

    @Test
    void theReferenceFileIsWhatTheJsonModuleWrites() throws Exception {
        // The file holds the catalogue as the writer writes it, one compact line an operation, nothing lost.
        try (InputStream in = Catalogue.class.getResourceAsStream("operations.jsonl")) {
            String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(PeacekeepingJson.standard().writeProfiles(CATALOGUE.entries())).isEqualTo(file);
        }
    }

    private static Catalogue read(String jsonLines) throws Exception {
        return Catalogue.read(new ByteArrayInputStream(jsonLines.getBytes(StandardCharsets.UTF_8)), TODAY);
    }
}
