package io.github.peacekeeping.examples.report.shipped;

import static io.github.peacekeeping.core.MandateAction.ADJUST;
import static io.github.peacekeeping.core.MandateAction.ESTABLISH;
import static io.github.peacekeeping.core.MandateAction.EXPAND;
import static io.github.peacekeeping.core.MandateAction.EXTEND;
import static io.github.peacekeeping.core.MandateAction.REDUCE;
import static io.github.peacekeeping.core.MandateAction.TERMINATE;
import static io.github.peacekeeping.core.PersonnelCategory.EXPERTS_ON_MISSION;
import static io.github.peacekeeping.core.PersonnelCategory.POLICE;
import static io.github.peacekeeping.core.PersonnelCategory.STAFF_OFFICERS;
import static io.github.peacekeeping.core.PersonnelCategory.TROOPS;

import io.github.peacekeeping.core.Adoption;
import io.github.peacekeeping.core.Authorization;
import io.github.peacekeeping.core.Ceilings;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PartialDate;
import io.github.peacekeeping.core.PersonnelTotal;
import io.github.peacekeeping.core.PoliceComponent;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.ResolutionSymbol;
import io.github.peacekeeping.core.Vote;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * UNAMIR as its report draws it: the decisions of the wire format's v2 reference document (copied as
 * reports/UNAMIR/data/unamir-v2.json) with the authorized strength by category and phase, and the UN's
 * month-end totals of the whole mission (reports/UNAMIR/data/data_mission_unamir.csv, IPI's copy of the UN's
 * figures). The decisions are written here in Java because the JSON binding does not read the v2 fields
 * ({@code authorizedStrength}, {@code totals}, {@code adoption}, {@code operationsEnded}) yet.
 *
 * <p>Facts, as unamir-v2.json has them: the votes from the Dag Hammarskjold Library's meeting table (15-0-0
 * for every decision but S/RES/918 (1994), adopted without vote); S/RES/872 (1993) of 5 October 1993 set
 * 2,548 military and 60 police; S/RES/912 (1994) of 21 April 1994 cut the military to 270; S/RES/918 (1994)
 * of 17 May 1994 authorized 5,500 troops with the staff officers and 320 military observers beside them;
 * S/RES/997 (1995) of 9 June 1995 cut the troops "to 2,330 within three months and to 1,800 within four
 * months" (from 9 September and 9 October 1995); S/RES/1029 (1995) of 12 December 1995 set 1,200 troops,
 * 200 observers and no police until the mandate ended on 8 March 1996; the last personnel left in April 1996.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnamirInputs {

    private UnamirInputs() {
    }

    /**
     * Builds UNAMIR with the month-end totals of a data_mission.csv slice: Troops as TROOPS (the UN's
     * "Troops" of those years held the staff officers too), Observers as EXPERTS_ON_MISSION, Police as
     * POLICE (formed units and individual police together); NA, none reported, gives no total.
     *
     * @param totals  the slice, header first, UNAMIR's rows
     * @return the mission, not null
     * @throws IOException if the slice cannot be read
     */
    public static Mission mission(Path totals) throws IOException {
        MilitaryComponent.Builder military = MilitaryComponent.builder();
        PoliceComponent.Builder police = PoliceComponent.builder();
        for (Map<String, String> row : CsvTable.rows(totals)) {
            LocalDate day = LocalDate.parse(row.get("Date"));
            total(military, TROOPS, day, row.get("Troops"));
            total(military, EXPERTS_ON_MISSION, day, row.get("Observers"));
            if (!row.get("Police").equals("NA")) {
                police.addTotal(PersonnelTotal.of(POLICE, day, Integer.parseInt(row.get("Police"))));
            }
        }
        return Mission.builder().acronym("UNAMIR").name("United Nations Assistance Mission for Rwanda")
                .addHost(CountryCode.of("RWA")).region(Region.AFRICA)
                .established(LocalDate.of(1993, 10, 5)).operationsEnded(LocalDate.of(1996, 3, 8))
                .closed(PartialDate.of(1996, 4))
                .mandates(decisions())
                .addComponent(military.build()).addComponent(police.build())
                .build();
    }

    private static void total(MilitaryComponent.Builder military, MilitaryCategory category, LocalDate day, String cell) {
        if (!cell.equals("NA")) {
            military.addTotal(PersonnelTotal.of(category, day, Integer.parseInt(cell)));
        }
    }

    /**
     * Returns UNAMIR's decisions in order, with the authorized strength by category and phase of version 2.
     *
     * @return the decisions, unmodifiable
     */
    public static List<Mandate> decisions() {
        List<MilitaryCategory> troops = List.of(TROOPS, STAFF_OFFICERS);
        return List.of(
                decision(872, "1993-10-05", "1994-04-05", List.of(ESTABLISH)).ceilings(Ceilings.of(2548, 60)).build(),
                decision(909, "1994-04-05", "1994-07-29", List.of(EXTEND)).build(),
                decision(912, "1994-04-21", null, List.of(REDUCE, ADJUST))
                        .ceilings(Ceilings.builder().military(270).build()).build(),
                Mandate.builder()
                        .resolution(Resolution.builder(ResolutionSymbol.ofCouncil(918, 1994), LocalDate.of(1994, 5, 17))
                                .adoption(Adoption.WITHOUT_VOTE).build())
                        .actions(List.of(EXPAND, ADJUST)).effective(LocalDate.of(1994, 5, 17)).chapterVII(true)
                        .addAuthorizedStrength(Authorization.of(troops, 5500))
                        .addAuthorizedStrength(Authorization.of(List.of(EXPERTS_ON_MISSION), 320))
                        .build(),
                decision(925, "1994-06-08", "1994-12-09", List.of(EXTEND)).build(),
                decision(965, "1994-11-30", "1995-06-09", List.of(EXTEND, ADJUST)).build(),
                decision(997, "1995-06-09", "1995-12-08", List.of(EXTEND, REDUCE, ADJUST))
                        .addAuthorizedStrength(Authorization.of(troops, 2330, LocalDate.of(1995, 9, 9)))
                        .addAuthorizedStrength(Authorization.of(troops, 1800, LocalDate.of(1995, 10, 9)))
                        .build(),
                decision(1028, "1995-12-08", "1995-12-12", List.of(EXTEND)).build(),
                decision(1029, "1995-12-12", "1996-03-08", List.of(EXTEND, REDUCE, ADJUST, TERMINATE))
                        .ceilings(Ceilings.builder().police(0).build())
                        .addAuthorizedStrength(Authorization.of(troops, 1200))
                        .addAuthorizedStrength(Authorization.of(List.of(EXPERTS_ON_MISSION), 200))
                        .build());
    }

    /** A decision adopted 15-0-0 on the day it took effect, not under Chapter VII. */
    private static Mandate.Builder decision(int number, String effective, String expires, List<MandateAction> actions) {
        LocalDate day = LocalDate.parse(effective);
        Mandate.Builder builder = Mandate.builder();
        builder.resolution(Resolution.builder(ResolutionSymbol.ofCouncil(number, day.getYear()), day)
                        .vote(Vote.of(15, 0, 0)).build())
                .actions(actions).effective(day).expires(expires == null ? null : LocalDate.parse(expires))
                .chapterVII(false);
        return builder;
    }
}
