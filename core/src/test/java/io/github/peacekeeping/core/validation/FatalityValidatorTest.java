package io.github.peacekeeping.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Diplomacy;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.RealFatalities;
import io.github.peacekeeping.core.Unamir;
import io.github.peacekeeping.core.Vote;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.core.fatality.FatalityCategory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PK127 to PK130 on the rows of the UN's fatality file in the test slice (fatalities/PROVENANCE.txt): the
 * record's own oddities are reported no higher than the rule's documented severity, and no real row is an
 * ERROR. Rows changed to break a rule say so.
 */
class FatalityValidatorTest {

    private static final List<Fatality> REAL = RealFatalities.all();

    private static String at(String casualtyId) {
        for (int i = 0; i < REAL.size(); i++) {
            if (REAL.get(i).casualtyId().equals(casualtyId)) {
                return "/" + i;
            }
        }
        throw new AssertionError(casualtyId);
    }

    @Test
    void unamirsTwentySevenBreakNoRule() {
        ValidationReport report = FatalityValidator.validate(Unamir.mission(), REAL);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void noRealRowIsAnError() {
        List<Mission> missions = List.of(Unamir.mission(), Diplomacy.unamid().build(),
                Abridged.mission("ONUC", "COD", 143, "1960-07-13", Vote.of(8, 0, 3), "1964-06-30").build(),
                Abridged.mission("UNMIK", "XKX", 1244, "1999-06-10", Vote.of(14, 0, 1), null).build());
        for (Mission mission : missions) {
            assertThat(FatalityValidator.validate(mission, REAL).isValid()).isTrue();
        }
    }

    @Test
    void unamidsDeathsDuringItsLiquidationAreInformation() {
        ValidationReport report = FatalityValidator.validate(Diplomacy.unamid().build(), REAL);
        assertThat(report.findings()).extracting(Finding::code).containsOnly("PK128");
        assertThat(report.findings("PK128")).hasSize(6).first()
                .extracting(Finding::severity, Finding::path, Finding::message)
                .containsExactly(Severity.INFORMATION, at("UNAMID-2021-02-00013") + "/date",
                        "UNAMID-2021-02-00013 is dated 2021-01-24, after the mission closed on 2020-12-31");
    }

    /**
     * ONUC, established by S/RES/143 (1960), which the meeting table dates 13 July 1960 (8-0-3); the row of
     * 8 January 1960 (id 66) predates it in both releases of the file. ONUC's closing day here is the month the
     * UN gives, June 1964, at its last day.
     */
    @Test
    void onucsDeathBeforeOnucIsAWarning() {
        Mission onuc = Abridged.mission("ONUC", "COD", 143, "1960-07-13", Vote.of(8, 0, 3), "1964-06-30").build();
        assertThat(FatalityValidator.validate(onuc, REAL).findings())
                .extracting(Finding::code, Finding::severity, Finding::path, Finding::message)
                .containsExactly(tuple("PK127", Severity.WARNING, at("ONUC-1960-01-10611") + "/date",
                        "ONUC-1960-01-10611 is dated 1960-01-08, before the mission was established on 1960-07-13"));
    }

    /** UNMIK, established by S/RES/1244 (1999) of 10 June 1999 (14-0-1); six deaths recorded twice. */
    @Test
    void unmiksDoubleRecordsAreWarnings() {
        Mission unmik = Abridged.mission("UNMIK", "XKX", 1244, "1999-06-10", Vote.of(14, 0, 1), null).build();
        ValidationReport report = FatalityValidator.validate(unmik, REAL);
        int first = REAL.indexOf(REAL.stream().filter(f -> f.casualtyId().equals("UNMIK-2003-05-03589")).findFirst().orElseThrow());
        assertThat(report.findings("PK130")).hasSize(6).first()
                .extracting(Finding::severity, Finding::path, Finding::message)
                .containsExactly(Severity.WARNING, "/" + (first + 1) + "/casualtyId",
                        "UNMIK-2003-05-03589 is recorded again: UNMIK-2003-05-03589 UNMIK 2003-05-05 SCG LOCAL SELF_INFLICTED, "
                                + "first at /" + first + ": UNMIK-2003-05-03589 UNMIK 2003-05-05 MNE LOCAL SELF_INFLICTED");
        // Serbia and Montenegro existed in 2003-2005, and Yugoslavia until 2003: no state out of its time. The
        // copies recorded as MNE name a state that began on 3 June 2006, but they are local staff, recorded by
        // their territory: information, not a warning.
        assertThat(report.findings("PK129")).hasSize(6).allSatisfy(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.INFORMATION);
            assertThat(finding.message()).contains(" names MNE (Montenegro) on 200").endsWith(
                    ", outside its existence 2006-06-03/..: local staff are recorded by their territory");
        });
    }

    @Test
    void aStateOutOfItsTime() {
        // Changed: the first Belgian of UNAMIR recorded as of the USSR, and its local staff member as of the
        // German Democratic Republic, both gone by 1994.
        List<Fatality> changed = new ArrayList<>(RealFatalities.of("UNAMIR"));
        changed.set(0, Fatality.builder().from(changed.get(0)).nationality(CountryCode.of("SUN")).build());
        int local = 0;
        while (changed.get(local).category() != FatalityCategory.LOCAL) {
            local++;
        }
        changed.set(local, Fatality.builder().from(changed.get(local)).nationality(CountryCode.of("DDR")).build());
        assertThat(FatalityValidator.validate(Unamir.mission(), changed).findings("PK129"))
                .extracting(Finding::severity, Finding::path, Finding::message).containsExactly(
                        tuple(Severity.WARNING, "/0/nationality", "UNAMIR-1994-04-10880 names SUN (USSR) on 1994-04-07, "
                                + "outside its existence 1922-12-30/1991-12-26"),
                        tuple(Severity.INFORMATION, "/" + local + "/nationality", "UNAMIR-1995-03-02994 names DDR (German "
                                + "Democratic Republic) on 1995-03-20, outside its existence 1949-10-07/1990-10-02: local staff "
                                + "are recorded by their territory"));
    }

    @Test
    void recordsOfOtherMissionsAreLeftAlone() {
        // UNTAG's 19 rows, one of them dated eight days before Namibia's independence, are not UNAMIR's.
        assertThat(FatalityValidator.validate(Unamir.mission(), RealFatalities.of("UNTAG")).findings()).isEmpty();
        List<Finding> findings = new ArrayList<>();
        for (FatalityRule rule : FatalityRule.values()) {
            rule.check(Diplomacy.unamid().build(), findings::add);
        }
        assertThat(findings).isEmpty();
        assertThat(FatalityRule.FATALITY_AFTER_CLOSURE.code()).isEqualTo("PK128");
        assertThat(FatalityRule.FATALITY_AFTER_CLOSURE.severity()).isEqualTo(Severity.INFORMATION);
        assertThat(FatalityRule.DUPLICATE_CASUALTY.description()).isEqualTo("two fatality records of the mission share a casualty identifier");
    }
}
