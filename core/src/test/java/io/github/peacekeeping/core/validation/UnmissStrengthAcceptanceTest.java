package io.github.peacekeeping.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.Ceilings;
import io.github.peacekeeping.core.ComponentType;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.DeploymentGap;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.PersonnelTotal;
import io.github.peacekeeping.core.PoliceCategory;
import io.github.peacekeeping.core.PoliceComponent;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.Vote;
import io.github.peacekeeping.core.testing.Csv;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * UNMISS, the United Nations Mission in the Republic of South Sudan, from its establishment to February
 * 2014: the deployments of every contributor at each month's end (test resource ipi/gender_unmiss.csv, from
 * the IPI's Gender.Full.csv), and the decisions that set its mandate and authorized strength:
 * <ul>
 * <li>S/RES/1996 (2011), adopted 8 July 2011, 15-0-0, under Chapter VII: UNMISS established "for an initial
 *     period of one year as from 9 July 2011", up to 7,000 military personnel (staff officers and liaison
 *     officers included) and up to 900 police (formed units included) (unmiss.unmissions.org/mandate);
 * <li>S/RES/2057 (2012), adopted 5 July 2012, 15-0-0: the mandate extended until 15 July 2013;
 * <li>S/RES/2109 (2013), adopted 11 July 2013, 15-0-0: extended until 15 July 2014
 *     (unmiss.unmissions.org, "Security Council extends UNMISS one year", 12 July 2013);
 * <li>S/RES/2132 (2013), adopted 24 December 2013, 15-0-0, under Chapter VII: a military component of up to
 *     12,500 troops of all ranks and a police component of up to 1,323 (asil.org, "UN Security Council
 *     Resolution 2132", and unmiss.unmissions.org/mandate).
 * </ul>
 * The tallies and days are those of the Dag Hammarskjold Library's meeting table (data set
 * unsc-meetings-votes). 2057 and 2109 are recorded under Chapter VII as the operative part of each opens
 * ("Acting under Chapter VII of the Charter"). The authorized-strength research data
 * (mission-authorized-strength/shortfall_unamir_unmiss.csv) is the reference the deployment gap is
 * compared with, month by month.
 */
class UnmissStrengthAcceptanceTest {

    private static final LocalDate ESTABLISHED = LocalDate.of(2011, 7, 9);

    private static Mandate decision(int number, String adopted, String effective, String expires,
            MandateAction action, Ceilings ceilings) {
        return Mandate.builder()
                .resolution(Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(number)
                        .adopted(LocalDate.parse(adopted)).vote(Vote.of(15, 0, 0)).build())
                .addAction(action).effective(LocalDate.parse(effective))
                .expires(expires == null ? null : LocalDate.parse(expires))
                .chapterVII(true).ceilings(ceilings).build();
    }

    static Mission unmiss(List<PersonnelTotal<MilitaryCategory>> militaryTotals,
            List<PersonnelTotal<PoliceCategory>> policeTotals) {
        MilitaryComponent.Builder military = MilitaryComponent.builder().addAllTotals(militaryTotals);
        PoliceComponent.Builder police = PoliceComponent.builder().addAllTotals(policeTotals);
        for (Map<String, String> row : Csv.rows("/ipi/gender_unmiss.csv")) {
            CountryCode contributor = CountryCode.of(row.get("Contributor ISO-3"));
            LocalDate day = LocalDate.parse(row.get("Date"));
            for (String label : List.of("Individual Police", "Formed Police Units", "Experts on Mission", "Troops")) {
                int total = Integer.parseInt(row.get(label + " Total"));
                int female = Integer.parseInt(row.get(label + " Female"));
                PersonnelCategory category = PersonnelCategory.fromUnLabel(label);
                if (total > 0 && category instanceof MilitaryCategory) {
                    military.addDeployment(Deployment.of(contributor, (MilitaryCategory) category, day, total, female));
                } else if (total > 0) {
                    police.addDeployment(Deployment.of(contributor, (PoliceCategory) category, day, total, female));
                }
            }
        }
        return Mission.builder().acronym("UNMISS").name("United Nations Mission in the Republic of South Sudan")
                .addHost(CountryCode.of("SSD")).region(Region.AFRICA).established(ESTABLISHED)
                .addMandate(decision(1996, "2011-07-08", "2011-07-09", "2012-07-08", MandateAction.ESTABLISH,
                        Ceilings.of(7000, 900)))
                .addMandate(decision(2057, "2012-07-05", "2012-07-05", "2013-07-15", MandateAction.EXTEND, null))
                .addMandate(decision(2109, "2013-07-11", "2013-07-11", "2014-07-15", MandateAction.EXTEND, null))
                .addMandate(decision(2132, "2013-12-24", "2013-12-24", null, MandateAction.EXPAND,
                        Ceilings.of(12500, 1323)))
                .addComponent(military.build()).addComponent(police.build()).build();
    }

    static Mission unmiss() {
        return unmiss(List.of(), List.of());
    }

    @Test
    void noErrorAndNoAuthorizationExceeded() {
        Mission unmiss = unmiss();
        assertThat(unmiss.reportingDays()).hasSize(31);
        ValidationReport report = MissionValidator.validate(unmiss);
        assertThat(report.findings()).extracting(Finding::code).doesNotContain("PK106");
        assertThat(report.findings(Severity.ERROR)).isEmpty();
        assertThat(report.findings()).isEmpty();
    }

    /** The research data's month, its last day, and its figures. */
    private record Month(LocalDate day, long totalAuthorized, long shortfallTotal, long shortfallPolice) {
    }

    private static List<Month> shortfallData() {
        List<Month> months = new ArrayList<>();
        for (Map<String, String> row : Csv.rows("/mission-authorized-strength/shortfall_unamir_unmiss.csv")) {
            if (row.get("mission").equals("UNMISS")) {
                LocalDate day = YearMonth.of(Integer.parseInt(row.get("year")),
                        (int) Double.parseDouble(row.get("month"))).atEndOfMonth();
                months.add(new Month(day, (long) Double.parseDouble(row.get("totalauth")),
                        (long) Double.parseDouble(row.get("shortfalltotal")),
                        (long) Double.parseDouble(row.get("shortfallpolice"))));
            }
        }
        return months;
    }

    /**
     * Day by day, the model's gap for all uniformed personnel and for the police equals the research data's
     * shortfall on every month-end but two: 30 November 2011, where the data set counts one soldier fewer
     * than the UN's rows by contributor (5,082 military against 5,083), and 31 December 2013, where the
     * model applies S/RES/2132 (2013) from the day of its adoption, 24 December, and the data set from the
     * month after. No month has more personnel than authorized, so the data set's shortfalls, which stop
     * at 0, are the gaps themselves.
     */
    @Test
    void theDeploymentGapAgreesWithTheResearchDataDayByDay() {
        Mission unmiss = unmiss();
        List<PersonnelCategory> all = PersonnelCategory.values();
        Map<LocalDate, DeploymentGap> uniformed = new LinkedHashMap<>();
        unmiss.deploymentGaps(all).forEach(gap -> uniformed.put(gap.date(), gap));
        Map<LocalDate, DeploymentGap> police = new LinkedHashMap<>();
        unmiss.deploymentGaps(ComponentType.POLICE.categories()).forEach(gap -> police.put(gap.date(), gap));

        List<Month> months = shortfallData();
        assertThat(months).hasSize(31);
        // The same months. The IPI's rows date February 2012 on the 28th, though 2012 was a leap year and
        // the month ended on the 29th: the reports are matched by month.
        assertThat(uniformed.keySet()).map(YearMonth::from)
                .containsExactlyElementsOf(months.stream().map(m -> YearMonth.from(m.day())).toList());
        assertThat(uniformed).containsKey(LocalDate.of(2012, 2, 28));
        Map<YearMonth, LocalDate> reported = new LinkedHashMap<>();
        uniformed.keySet().forEach(day -> reported.put(YearMonth.from(day), day));
        List<org.assertj.core.groups.Tuple> differences = new ArrayList<>();
        for (Month month : months) {
            LocalDate day = reported.get(YearMonth.from(month.day()));
            DeploymentGap ours = uniformed.get(day);
            assertThat(ours.gap().getAsLong()).isNotNegative();
            if (ours.authorized().getAsLong() != month.totalAuthorized()
                    || ours.gap().getAsLong() != month.shortfallTotal()
                    || police.get(day).gap().getAsLong() != month.shortfallPolice()) {
                differences.add(tuple(day.toString(), ours.authorized().getAsLong(), month.totalAuthorized(),
                        ours.gap().getAsLong(), month.shortfallTotal(), police.get(day).gap().getAsLong(),
                        month.shortfallPolice()));
            }
        }
        assertThat(differences).containsExactly(
                // day, authorized (model, data set), gap (model, data set), police gap (model, data set)
                tuple("2011-11-30", 7900L, 7900L, 2371L, 2372L, 454L, 454L),
                tuple("2013-12-31", 13823L, 7900L, 6139L, 216L, 577L, 154L));
        // The share of the authorization not deployed, at the end of February 2014: 5,329 of 13,823.
        assertThat(uniformed.get(LocalDate.of(2014, 2, 28)).gapShare())
                .hasValueCloseTo(5329 / 13823.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(unmiss.deploymentGaps(ComponentType.MILITARY.categories()).get(30))
                .hasToString("2014-02-28: 7479 of 12500 deployed, gap 5021");
    }

    /**
     * The IPI's mission totals (data_mission.csv) beside its rows by contributor: they agree on every
     * month-end but the first two, where the totals give 6,798 and 6,587 troops and the contributors'
     * rows 5,301 and 5,109. PK118 says so, and the strength, which counts the deployments, is unchanged.
     */
    @Test
    void theMissionTotalsDisagreeWithTheContributorsOnlyInAugustAndSeptember2011() {
        List<PersonnelTotal<MilitaryCategory>> military = new ArrayList<>();
        List<PersonnelTotal<PoliceCategory>> police = new ArrayList<>();
        for (Map<String, String> row : Csv.rows("/ipi/data_mission_unmiss.csv")) {
            LocalDate day = LocalDate.parse(row.get("Date"));
            military.add(PersonnelTotal.of(PersonnelCategory.TROOPS, day, Integer.parseInt(row.get("Troops"))));
            military.add(PersonnelTotal.of(PersonnelCategory.EXPERTS_ON_MISSION, day, Integer.parseInt(row.get("Observers"))));
            police.add(PersonnelTotal.of(PersonnelCategory.POLICE, day, Integer.parseInt(row.get("Police"))));
        }
        Mission withTotals = unmiss(military, police);

        assertThat(MissionValidator.validate(withTotals).findings()).extracting(Finding::code, Finding::path, Finding::message)
                .containsExactly(
                        tuple("PK118", "/components/0/totals/0", "TROOPS on 2011-08-31: the total is 6798 but the "
                                + "deployments add up to 5301 (the strength counts the deployments)"),
                        tuple("PK118", "/components/0/totals/2", "TROOPS on 2011-09-30: the total is 6587 but the "
                                + "deployments add up to 5109 (the strength counts the deployments)"));
        Mission without = unmiss();
        for (LocalDate day : without.reportingDays()) {
            assertThat(withTotals.strengthOn(day)).isEqualTo(without.strengthOn(day));
        }
    }
}
