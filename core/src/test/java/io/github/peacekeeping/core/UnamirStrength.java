package io.github.peacekeeping.core;

import static io.github.peacekeeping.core.PersonnelCategory.EXPERTS_ON_MISSION;
import static io.github.peacekeeping.core.PersonnelCategory.STAFF_OFFICERS;
import static io.github.peacekeeping.core.PersonnelCategory.TROOPS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * UNAMIR's decisions ({@link Unamir#mandates()}) with the authorized strength by category and phase, as
 * the v2 reference document of the wire format has it (unamir-v2.json, "Wire format v2: additions"):
 * <ul>
 * <li>S/RES/918 (1994) of 17 May 1994: 5,500 troops (with the staff officers) and 320 military observers
 *     on top (the authorized-strength research data, mission-authorized-strength: authtroop 5500,
 *     authmilobs 320 from June 1994);
 * <li>S/RES/997 (1995) of 9 June 1995: the force reduced "to 2,330 troops within three months and to 1,800
 *     troops within four months", two phases from 9 September and 9 October 1995;
 * <li>S/RES/1029 (1995) of 12 December 1995: 1,200 troops and 200 military observers (research data:
 *     authtroop 1200, authmilobs 200 from January 1996), and no police (the v1 police ceiling 0).
 * </ul>
 * The ceilings of 872 (2,548 military, 60 police) and 912 (270 military) stay v1 ceilings.
 */
public final class UnamirStrength {

    private UnamirStrength() {
    }

    /** UNAMIR's decisions in order, 918, 997 and 1029 with their authorizations by category. */
    public static List<Mandate> mandates() {
        List<Mandate> mandates = new ArrayList<>();
        for (Mandate decision : Unamir.mandates()) {
            switch (decision.resolution().number()) {
                case 918:
                    mandates.add(Mandate.builder().from(decision).ceilings(Optional.empty())
                            .addAuthorizedStrength(Authorization.of(List.of(TROOPS, STAFF_OFFICERS), 5500))
                            .addAuthorizedStrength(Authorization.of(List.of(EXPERTS_ON_MISSION), 320))
                            .build());
                    break;
                case 997:
                    mandates.add(Mandate.builder().from(decision).ceilings(Optional.empty())
                            .addAuthorizedStrength(Authorization.of(List.of(TROOPS, STAFF_OFFICERS), 2330,
                                    LocalDate.of(1995, 9, 9)))
                            .addAuthorizedStrength(Authorization.of(List.of(TROOPS, STAFF_OFFICERS), 1800,
                                    LocalDate.of(1995, 10, 9)))
                            .build());
                    break;
                case 1029:
                    mandates.add(Mandate.builder().from(decision).ceilings(Ceilings.builder().police(0).build())
                            .addAuthorizedStrength(Authorization.of(List.of(TROOPS, STAFF_OFFICERS), 1200))
                            .addAuthorizedStrength(Authorization.of(List.of(EXPERTS_ON_MISSION), 200))
                            .build());
                    break;
                default:
                    mandates.add(decision);
            }
        }
        return List.copyOf(mandates);
    }
}
