package io.github.peacekeeping.examples.fatalities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.core.fatality.FatalityCategory;
import io.github.peacekeeping.core.fatality.FatalityCount;
import io.github.peacekeeping.core.fatality.IncidentType;
import io.github.peacekeeping.core.lineage.MissionNames;
import io.github.peacekeeping.examples.contributions.Refusal;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.junit.jupiter.api.Test;

/** The importer of the UN's fatality file on slices of its two releases and on rows broken on purpose. */
class FatalitiesCsvTest {

    private static final MissionNames NAMES = OperationNames.reference();

    private static Reader resource(String name) {
        return new InputStreamReader(FatalitiesCsvTest.class.getResourceAsStream("/fatalities/" + name), StandardCharsets.UTF_8);
    }

    private static FatalityImport read(String name, List<Fatality> records) throws IOException {
        try (Reader csv = resource(name)) {
            return FatalitiesCsv.read(csv, NAMES, records::add);
        }
    }

    @Test
    void unamirsTwentySevenComeOutOfTheImport() throws IOException {
        List<Fatality> records = new ArrayList<>();
        FatalityImport summary = read("fatalities-slice.csv", records);
        assertThat(summary.rowsRead()).isEqualTo(66);
        assertThat(summary.refusals()).isEmpty();
        assertThat(records).hasSize(66).isEqualTo(summary.fatalities());
        NavigableMap<Year, FatalityCount> unamir = summary.perMissionAndYear().get("UNAMIR");
        assertThat(unamir.get(Year.of(1994)).total()).isEqualTo(18);
        assertThat(unamir.get(Year.of(1995)).total()).isEqualTo(9);
        long military = 0;
        long observers = 0;
        long police = 0;
        long local = 0;
        for (FatalityCount year : unamir.values()) {
            military += year.of(FatalityCategory.MILITARY);
            observers += year.of(FatalityCategory.MILITARY_OBSERVER);
            police += year.of(FatalityCategory.POLICE);
            local += year.of(FatalityCategory.LOCAL);
        }
        assertThat(List.of(military, observers, police, local)).containsExactly(22L, 3L, 1L, 1L);
        assertThat(summary.perMissionAndYear().get("UNTAG").values().stream().mapToLong(FatalityCount::total).sum()).isEqualTo(19);
    }

    @Test
    void aliasesAreResolvedByTheIncidentDate() throws IOException {
        FatalityImport summary = read("fatalities-slice.csv", new ArrayList<>());
        assertThat(summary.aliases()).containsExactly(
                Map.entry("IPTF", Map.of("UNMIBH", 1L)),
                Map.entry("UNAVEM", Map.of("UNAVEM II", 1L, "UNAVEM III", 1L)),
                Map.entry("UNEF", Map.of("UNEF I", 2L, "UNEF II", 1L)),
                Map.entry("UNOSOM", Map.of("UNOSOM I", 1L, "UNOSOM II", 2L)),
                Map.entry("UNPSG", Map.of("UNCPSG", 1L)));
        assertThat(summary.fatalities()).filteredOn(f -> f.casualtyId().equals("UNOSOM-1993-03-13375"))
                .extracting(Fatality::mission).containsExactly("UNOSOM I");
        assertThat(summary.otherNames()).containsExactly(Map.entry("UNAMA", 1L), Map.entry("UNPF", 1L),
                Map.entry("UNSecretariat", 1L));
    }

    @Test
    void nationalitiesWithoutACode() throws IOException {
        FatalityImport summary = read("fatalities-slice.csv", new ArrayList<>());
        assertThat(summary.nationalitiesByName()).containsExactly(
                Map.entry("Côte dIvoire", Map.of(CountryCode.of("CIV"), 1L)),
                Map.entry("Mauritius", Map.of(CountryCode.of("MUS"), 1L)),
                Map.entry("Türkiye", Map.of(CountryCode.of("TUR"), 1L)),
                Map.entry("Viet Nam", Map.of(CountryCode.of("VNM"), 1L)));
        assertThat(summary.noNationality()).containsExactly(Map.entry("", 1L), Map.entry("ZZ [Undetermined]", 1L));
    }

    @Test
    void aCasualtyRecordedTwiceIsImportedTwiceAndListed() throws IOException {
        FatalityImport summary = read("fatalities-slice.csv", new ArrayList<>());
        // Lines 1899 and 1900 of the full file; lines of the slice here.
        assertThat(summary.repeatedCasualties()).containsOnlyKeys("UNMIK-2003-05-03589");
        assertThat(summary.repeatedCasualties().get("UNMIK-2003-05-03589")).hasSize(2);
        assertThat(summary.fatalities()).filteredOn(f -> f.casualtyId().equals("UNMIK-2003-05-03589"))
                .extracting(f -> f.nationality().orElseThrow().code()).containsExactly("MNE", "SCG");
    }

    @Test
    void theRelease2021ReadsToo() throws IOException {
        List<Fatality> records = new ArrayList<>();
        FatalityImport summary = read("odp-unamir.csv", records);
        assertThat(summary.refusals()).isEmpty();
        assertThat(records).hasSize(27).allSatisfy(f -> assertThat(f.gender()).isEmpty());
        List<Fatality> release2025 = new ArrayList<>();
        read("fatalities-slice.csv", release2025);
        // The same 27 deaths, the same fields, but for the gender the release of 2021 does not give.
        assertThat(records).extracting(Fatality::casualtyId, Fatality::date, Fatality::category, Fatality::incidentType)
                .containsExactlyElementsOf(release2025.stream().filter(f -> f.mission().equals("UNAMIR"))
                        .map(f -> org.assertj.core.groups.Tuple.tuple(f.casualtyId(), f.date(), f.category(), f.incidentType()))
                        .toList());
    }

    @Test
    void refusedRowsWithTheirLinesAndReasons() throws IOException {
        List<Fatality> records = new ArrayList<>();
        FatalityImport summary = read("bad-rows.csv", records);
        assertThat(summary.rowsRead()).isEqualTo(13);
        assertThat(summary.refusals()).extracting(Refusal::toString).containsExactly(
                "line 3: incident_date \"1994-05-32\" is not an ISO-8601 date",
                "line 4: casualty_personnel_type \"Staff Officer\" is not a personnel type of the UN's fatality file",
                "line 5: type_of_incident \"Other/Under Review\" is not a type of incident of the UN's fatality file",
                "line 6: isocode3 \"GHX\" is not an ISO 3166-1 alpha-3 code, XKX or a former ISO 3166-3 code",
                "line 7: type_of_casualty \"Injury\" is not Fatality: the file records deaths",
                "line 8: mission_acronym \"UNEF\" names [UNEF I, UNEF II], none of them responsible yet on 1956-11-04",
                "line 9: casualty_nationality \"Atlantis\" has no isocode3 and names no known country",
                "line 10: gender \"X\" is neither F nor M",
                "line 11: casualty_id is blank",
                "line 12: expected 12 cells, found 11");
        assertThat(records).extracting(Fatality::casualtyId)
                .containsExactly("UNAMIR-1994-04-10880", "UNAMIR-1995-03-02994", "UNAMIR-1994-04-10880");
        assertThat(records.get(1).category()).isEqualTo(FatalityCategory.LOCAL);
        assertThat(records.get(1).incidentType()).isEqualTo(IncidentType.ACCIDENT);
        assertThat(records.get(1).date()).isEqualTo(LocalDate.of(1995, 3, 20));
        assertThat(summary.repeatedCasualties()).containsExactly(Map.entry("UNAMIR-1994-04-10880", List.of(2L, 14L)));
    }

    @Test
    void filesThatAreNotFatalityFiles() {
        assertThatThrownBy(() -> FatalitiesCsv.read(new StringReader(""), NAMES, f -> { }))
                .isInstanceOf(IOException.class).hasMessage("line 1: no header: the file is empty");
        assertThatThrownBy(() -> FatalitiesCsv.read(new StringReader("Date,Contributor ISO-3,Mission\n"), NAMES, f -> { }))
                .hasMessage("line 1, header: missing columns [incident_date, casualty_id, mission_acronym, type_of_casualty, "
                        + "casualty_nationality, casualty_personnel_type, type_of_incident, isocode3]");
        assertThatThrownBy(() -> FatalitiesCsv.read(new StringReader("incident_date,incident_date\n"), NAMES, f -> { }))
                .hasMessage("line 1, header: column incident_date is named twice");
        assertThatThrownBy(() -> FatalitiesCsv.read(new StringReader("a,\"b\n"), NAMES, f -> { }))
                .isInstanceOf(IOException.class).hasMessageStartingWith("line ");
    }
}
