package io.github.peacekeeping.core;

import static io.github.peacekeeping.core.PersonnelCategory.EXPERTS_ON_MISSION;
import static io.github.peacekeeping.core.PersonnelCategory.FORMED_POLICE_UNITS;
import static io.github.peacekeeping.core.PersonnelCategory.INDIVIDUAL_POLICE;
import static io.github.peacekeeping.core.PersonnelCategory.STAFF_OFFICERS;
import static io.github.peacekeeping.core.PersonnelCategory.TROOPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WomenDeployedTest {

    private static final LocalDate NOVEMBER_2009 = LocalDate.of(2009, 11, 30);
    private static final LocalDate FEBRUARY_2014 = LocalDate.of(2014, 2, 28);
    private static final CountryCode HAITI = CountryCode.of("HTI");

    /**
     * MINUSTAH with its deployments of two month-ends from the UN's figures (IPI's Gender.Full.csv, test
     * resources ipi/, with provenance). The mandate history is cut to the establishing decision, which is
     * all the query needs: S/RES/1542 (2004), adopted 15-0-0 on 30 April 2004 (Dag Hammarskjold Library
     * meeting table) under Chapter VII (US Washington File, 3 May 2004), established MINUSTAH for an
     * initial period of six months with authority transferred from the Multinational Interim Force on
     * 1 June 2004 (UN Digital Library record 520532), the day the UN's list of operations gives as its start.
     */
    private static Mission minustah(List<Deployment<MilitaryCategory>> military, List<Deployment<PoliceCategory>> police) {
        Mandate establish = Mandate.builder()
                .resolution(Resolution.builder(ResolutionSymbol.parse("S/RES/1542 (2004)"), LocalDate.of(2004, 4, 30))
                        .vote(Vote.of(15, 0, 0)).build())
                .addAction(MandateAction.ESTABLISH)
                .effective(LocalDate.of(2004, 6, 1))
                .expires(LocalDate.of(2004, 11, 30))
                .chapterVII(true)
                .build();
        return Mission.builder().acronym("MINUSTAH").name("United Nations Stabilization Mission in Haiti")
                .addHost(HAITI).region(Region.AMERICAS).established(LocalDate.of(2004, 6, 1)).addMandate(establish)
                .addComponent(MilitaryComponent.of(military)).addComponent(PoliceComponent.of(police)).build();
    }

    /** Reads the MINUSTAH rows of a Gender.Full.csv slice into deployments with the number of women. */
    private static void read(String resource, List<Deployment<MilitaryCategory>> military,
            List<Deployment<PoliceCategory>> police) {
        String text;
        try (InputStream in = WomenDeployedTest.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] lines = text.split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            String[] row = lines[i].replace("\"", "").split(",");
            if (!row[4].equals("MINUSTAH")) {
                continue;
            }
            CountryCode country = CountryCode.of(row[3]);
            LocalDate date = LocalDate.parse(row[1]);
            // Columns: Individual Police, Formed Police Units, Experts on Mission, Troops: Male, Female, Total.
            // The UN's "Troops" of those years held the staff officers too.
            police.add(Deployment.of(country, INDIVIDUAL_POLICE, date, Integer.parseInt(row[7]), Integer.parseInt(row[6])));
            police.add(Deployment.of(country, FORMED_POLICE_UNITS, date, Integer.parseInt(row[10]), Integer.parseInt(row[9])));
            military.add(Deployment.of(country, EXPERTS_ON_MISSION, date, Integer.parseInt(row[13]), Integer.parseInt(row[12])));
            military.add(Deployment.of(country, TROOPS, date, Integer.parseInt(row[16]), Integer.parseInt(row[15])));
        }
    }

    private static Mission minustahFromTheUnFigures() {
        List<Deployment<MilitaryCategory>> military = new ArrayList<>();
        List<Deployment<PoliceCategory>> police = new ArrayList<>();
        read("/ipi/gender_minustah_2009-11-30.csv", military, police);
        read("/ipi/gender_2014-02-28.csv", military, police);
        return minustah(military, police);
    }

    @Test
    void minustahsWomenOnItsFirstAndLastMonthEndsInTheUnFigures() {
        List<WomenDeployed> series = WomenDeployed.series(minustahFromTheUnFigures());

        assertThat(series).extracting(WomenDeployed::reportedOn).containsExactly(NOVEMBER_2009, FEBRUARY_2014);
        // Sums of the slices' Female and Total columns over MINUSTAH's 47 and 53 rows.
        WomenDeployed first = series.get(0);
        assertThat(first).hasToString("2009-11-30: TROOPS 139/7031 STAFF_OFFICERS 0/0 EXPERTS_ON_MISSION 0/0 "
                + "INDIVIDUAL_POLICE 54/905 FORMED_POLICE_UNITS 35/1129 POLICE 0/0");
        assertThat(first.share(TROOPS)).hasValueCloseTo(139 / 7031.0, within(1e-12));
        assertThat(first.share(INDIVIDUAL_POLICE)).hasValueCloseTo(54 / 905.0, within(1e-12));
        assertThat(first.share(FORMED_POLICE_UNITS)).hasValueCloseTo(35 / 1129.0, within(1e-12));
        WomenDeployed last = series.get(1);
        assertThat(last).hasToString("2014-02-28: TROOPS 170/5794 STAFF_OFFICERS 0/0 EXPERTS_ON_MISSION 0/0 "
                + "INDIVIDUAL_POLICE 108/838 FORMED_POLICE_UNITS 139/1575 POLICE 0/0");
        // The share of women among troops rose from 2.0% to 2.9%, among individual police from 6.0% to 12.9%.
        assertThat(last.share(TROOPS).getAsDouble()).isCloseTo(0.0293, within(0.00005));
        assertThat(last.share(INDIVIDUAL_POLICE).getAsDouble()).isCloseTo(0.1289, within(0.00005));
        // All police together: 247 women of 2,413.
        assertThat(last.women(List.of(INDIVIDUAL_POLICE, FORMED_POLICE_UNITS))).hasValue(247);
        assertThat(last.total(List.of(INDIVIDUAL_POLICE, FORMED_POLICE_UNITS))).isEqualTo(2413);
        assertThat(last.share(List.of(INDIVIDUAL_POLICE, FORMED_POLICE_UNITS))).hasValueCloseTo(247 / 2413.0, within(1e-12));
    }

    @Test
    void aCategoryWithoutPersonnelHasWomenButNoShare() {
        WomenDeployed last = WomenDeployed.series(minustahFromTheUnFigures()).get(1);

        assertThat(last.total(EXPERTS_ON_MISSION)).isZero();
        assertThat(last.women(EXPERTS_ON_MISSION)).hasValue(0);
        assertThat(last.share(EXPERTS_ON_MISSION)).isEmpty();
        // Staff officers and experts on mission, as the Uniformed Gender Parity Strategy counts them: none here.
        assertThat(last.share(Set.of(STAFF_OFFICERS, EXPERTS_ON_MISSION))).isEmpty();
    }

    @Test
    void womenAreUnknownWhenOneFigureOfTheCategoryLacksTheSplit() {
        CountryCode bangladesh = CountryCode.of("BGD");
        CountryCode brazil = CountryCode.of("BRA");
        Mission mission = minustah(
                List.of(Deployment.of(brazil, TROOPS, NOVEMBER_2009, 1000, 20),
                        Deployment.of(bangladesh, TROOPS, NOVEMBER_2009, 100),
                        Deployment.of(brazil, STAFF_OFFICERS, NOVEMBER_2009, 30, 3)),
                List.of(Deployment.of(bangladesh, FORMED_POLICE_UNITS, NOVEMBER_2009, 10, 0)));

        WomenDeployed day = WomenDeployed.series(mission).get(0);

        assertThat(day.total(TROOPS)).isEqualTo(1100);
        assertThat(day.women(TROOPS)).isEmpty();
        assertThat(day.share(TROOPS)).isEmpty();
        assertThat(day.women(STAFF_OFFICERS)).hasValue(3);
        assertThat(day.share(STAFF_OFFICERS)).hasValue(0.1);
        assertThat(day.women(List.of(TROOPS, STAFF_OFFICERS))).isEmpty();
        assertThat(day.women(List.of(STAFF_OFFICERS, FORMED_POLICE_UNITS, STAFF_OFFICERS))).hasValue(3);
        assertThat(day.total(List.of(STAFF_OFFICERS, FORMED_POLICE_UNITS, STAFF_OFFICERS))).isEqualTo(40);
        assertThat(day).hasToString("2009-11-30: TROOPS ?/1100 STAFF_OFFICERS 3/30 EXPERTS_ON_MISSION 0/0 "
                + "INDIVIDUAL_POLICE 0/0 FORMED_POLICE_UNITS 0/10 POLICE 0/0");
    }

    @Test
    void reportsOutsideTheMissionsLifeAreLeftOut() {
        CountryCode brazil = CountryCode.of("BRA");
        Mission mission = minustah(List.of(Deployment.of(brazil, TROOPS, LocalDate.of(2004, 5, 31), 1000, 20),
                Deployment.of(brazil, TROOPS, LocalDate.of(2004, 6, 30), 1200, 24)), List.of());

        assertThat(WomenDeployed.series(mission)).extracting(WomenDeployed::reportedOn)
                .containsExactly(LocalDate.of(2004, 6, 30));
        assertThat(WomenDeployed.series(minustah(List.of(), List.of()))).isEmpty();
    }

    @Test
    void equalFiguresMakeEqualDays() {
        List<WomenDeployed> once = WomenDeployed.series(minustahFromTheUnFigures());
        List<WomenDeployed> twice = WomenDeployed.series(minustahFromTheUnFigures());

        assertThat(twice).isEqualTo(once);
        assertThat(twice.get(0)).hasSameHashCodeAs(once.get(0)).isNotEqualTo(once.get(1));
    }

    @Test
    void nullIsRefusedWithTheLibrarysException() {
        assertThatThrownBy(() -> WomenDeployed.series(null))
                .isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for mission (required)");
        WomenDeployed day = WomenDeployed.series(minustahFromTheUnFigures()).get(0);
        assertThatThrownBy(() -> day.share((List<PersonnelCategory>) null))
                .isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for categories (required)");
        assertThatThrownBy(() -> day.women(java.util.Arrays.asList(TROOPS, null)))
                .isInstanceOf(MissingValueException.class)
                .hasMessage("Invalid value for categories: null element (elements must not be null)");
    }
}
