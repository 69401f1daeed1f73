package io.github.peacekeeping.examples.tour;

import static io.github.peacekeeping.core.MandateAction.ADJUST;
import static io.github.peacekeeping.core.MandateAction.ESTABLISH;
import static io.github.peacekeeping.core.MandateAction.EXPAND;
import static io.github.peacekeeping.core.MandateAction.EXTEND;
import static io.github.peacekeeping.core.MandateAction.REDUCE;
import static io.github.peacekeeping.core.MandateAction.TERMINATE;
import static io.github.peacekeeping.core.MandateTask.ARMS_EMBARGO_MONITORING;
import static io.github.peacekeeping.core.MandateTask.CEASEFIRE_MONITORING;
import static io.github.peacekeeping.core.MandateTask.DEMINING_ASSISTANCE;
import static io.github.peacekeeping.core.MandateTask.ELECTION_SECURITY;
import static io.github.peacekeeping.core.MandateTask.GOOD_OFFICES;
import static io.github.peacekeeping.core.MandateTask.HUMANITARIAN_ASSISTANCE;
import static io.github.peacekeeping.core.MandateTask.LIAISON_BETWEEN_PARTIES;
import static io.github.peacekeeping.core.MandateTask.NATIONAL_RECONCILIATION;
import static io.github.peacekeeping.core.MandateTask.POLICE_MONITORING;
import static io.github.peacekeeping.core.MandateTask.POLICE_REFORM;
import static io.github.peacekeeping.core.MandateTask.PROTECTION_OF_CIVILIANS;
import static io.github.peacekeeping.core.MandateTask.REFUGEE_ASSISTANCE;
import static io.github.peacekeeping.core.MandateTask.REFUGEE_MONITORING;
import static io.github.peacekeeping.core.MandateTask.UN_PERSONNEL_PROTECTION;
import static io.github.peacekeeping.core.MilitaryCategory.EXPERTS_ON_MISSION;
import static io.github.peacekeeping.core.MilitaryCategory.STAFF_OFFICERS;
import static io.github.peacekeeping.core.MilitaryCategory.TROOPS;

import io.github.peacekeeping.core.Adoption;
import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.Authorization;
import io.github.peacekeeping.core.Ceilings;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MandateTask;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PartialDate;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.PoliceComponent;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.ResolutionSymbol;
import io.github.peacekeeping.core.Vote;
import io.github.peacekeeping.core.actor.Force;
import io.github.peacekeeping.core.actor.Group;
import io.github.peacekeeping.core.actor.Organization;
import io.github.peacekeeping.core.actor.State;
import io.github.peacekeeping.core.agreement.AgreementKind;
import io.github.peacekeeping.core.agreement.Participant;
import io.github.peacekeeping.core.agreement.ParticipantRole;
import io.github.peacekeeping.core.agreement.PeaceAgreement;
import io.github.peacekeeping.core.partner.Partnership;
import io.github.peacekeeping.core.partner.PartnershipKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * UNAMIR, the United Nations Assistance Mission for Rwanda (established 5 October 1993; operations ended
 * 8 March 1996; closed in April 1996), built from the wire format's v2 reference document
 * (spec/unamir-v2.json: resolutions 872, 909, 912, 918, 925, 965, 997, 1028 and 1029 with their votes,
 * periods, tasks, ceilings and authorized strength by category, and the leadership known to the month),
 * plus resolution 893 (1994), which that document leaves out.
 *
 * <p>Sources: peacekeeping.un.org/mission/past/unamir_b.htm (mandate history, leadership; Shiva Kumar,
 * India, Force Commander from December 1995); the resolutions themselves; the Dag Hammarskjold Library's
 * table of Security Council meetings (data set unsc-meetings-votes), which gives 15-0-0 for each of these
 * resolutions, 893 (1994) of 6 January 1994 included, but "S/RES/918 (1994) without vote"; the US Mission's
 * cable USUN 02093 of 18 May 1994: Rwanda asked for a separate vote on part B of 918, the arms embargo,
 * adopted under Chapter VII, while part A, the mandate, was not; the Chicago Tribune of 9 March 1996 (the
 * departure "staggered over six weeks"). Every decision but 918 was adopted unanimously, and only 918's
 * arms embargo is under Chapter VII: the validators' warning PK112 on the protection of civilians without
 * Chapter VII is a real feature of UNAMIR's history, not a data error.
 */
public final class Unamir {

    static final LocalDate ESTABLISHED = LocalDate.of(1993, 10, 5);
    /** The last day of the mandate, set by S/RES/1029 (1995): the operations ended, the withdrawal began. */
    static final LocalDate OPERATIONS_ENDED = LocalDate.of(1996, 3, 8);
    /** The record gives only the month: the last personnel left in April 1996. */
    static final PartialDate CLOSED = PartialDate.of(1996, 4);
    /** The troops and staff officers whose sum the resolutions cap, beside the military observers. */
    private static final List<PersonnelCategory> TROOPS_AND_STAFF = List.of(TROOPS, STAFF_OFFICERS);

    private Unamir() {
    }

    /**
     * Builds UNAMIR with every decision, including resolution 893 (1994).
     *
     * @return the mission, not null
     */
    public static Mission mission() {
        return diplomacy(builder(mandates())).build();
    }

    /**
     * Builds UNAMIR as the wire format's reference document {@code unamir-v2.json} has it: without
     * resolution 893 (1994).
     *
     * @return the mission, not null
     */
    public static Mission asInReferenceDocument() {
        List<Mandate> mandates = new ArrayList<>(mandates());
        mandates.removeIf(m -> m.resolution().number() == 893);
        return builder(mandates).build();
    }

    private static Mission.Builder builder(List<Mandate> mandates) {
        return Mission.builder()
                .acronym("UNAMIR")
                .name("United Nations Assistance Mission for Rwanda")
                .addHost(CountryCode.of("RWA"))
                .region(Region.AFRICA)
                .established(ESTABLISHED)
                .operationsEnded(OPERATIONS_ENDED)
                .closed(CLOSED)
                .addAllMandates(mandates)
                .addComponent(MilitaryComponent.builder().build())
                .addComponent(PoliceComponent.builder().build())
                .addAllLeadership(leadership());
    }

    static List<Mandate> mandates() {
        return List.of(
                // 872 (1993) established UNAMIR, about 2,500 authorized (unamir_b.htm): 2,548 military, 60 police.
                decision(872, "1993-10-05", "1994-04-05", List.of(ESTABLISH),
                        List.of(CEASEFIRE_MONITORING, ELECTION_SECURITY, DEMINING_ASSISTANCE, REFUGEE_MONITORING,
                                HUMANITARIAN_ASSISTANCE, POLICE_MONITORING),
                        Ceilings.of(2548, 60)),
                // 893 (1994) of 6 January 1994, unanimous: "Reaffirms its approval of the Secretary-General's
                // proposal concerning the deployment of UNAMIR ... including the early deployment of the second
                // battalion to the demilitarized zone" (resolution text). Neither tasks nor ceilings nor the
                // period change: ADJUST is the nearest of the wire format's actions.
                decision(893, "1994-01-06", null, List.of(ADJUST), null, null),
                decision(909, "1994-04-05", "1994-07-29", List.of(EXTEND), null, null),
                // 912 (1994) cut UNAMIR to 270 during the genocide (US Mission to the UN, cable USUN 01748 of
                // 26 April 1994: "resolution 912 cutting back the size of UNAMIR to 270 persons").
                decision(912, "1994-04-21", null, List.of(REDUCE, ADJUST),
                        List.of(LIAISON_BETWEEN_PARTIES, HUMANITARIAN_ASSISTANCE),
                        Ceilings.builder().military(270).build()),
                resolution918(),
                decision(925, "1994-06-08", "1994-12-09", List.of(EXTEND), null, null),
                decision(965, "1994-11-30", "1995-06-09", List.of(EXTEND, ADJUST),
                        List.of(PROTECTION_OF_CIVILIANS, HUMANITARIAN_ASSISTANCE, NATIONAL_RECONCILIATION,
                                POLICE_REFORM),
                        null),
                // 997 (1995) cut the troops "to 2,330 within three months and to 1,800 within four months".
                Mandate.builder().from(decision(997, "1995-06-09", "1995-12-08", List.of(EXTEND, REDUCE, ADJUST),
                                List.of(NATIONAL_RECONCILIATION, REFUGEE_ASSISTANCE, HUMANITARIAN_ASSISTANCE,
                                        DEMINING_ASSISTANCE, POLICE_REFORM),
                                null))
                        .addAuthorizedStrength(Authorization.of(TROOPS_AND_STAFF, 2330, LocalDate.of(1995, 9, 9)))
                        .addAuthorizedStrength(Authorization.of(TROOPS_AND_STAFF, 1800, LocalDate.of(1995, 10, 9)))
                        .build(),
                decision(1028, "1995-12-08", "1995-12-12", List.of(EXTEND), null, null),
                // 1029 (1995): a last extension, the reduction to 1,200 troops and 200 military observers, no
                // police, and the withdrawal.
                Mandate.builder().from(decision(1029, "1995-12-12", "1996-03-08",
                                List.of(EXTEND, REDUCE, ADJUST, TERMINATE),
                                List.of(GOOD_OFFICES, REFUGEE_ASSISTANCE, UN_PERSONNEL_PROTECTION),
                                Ceilings.builder().police(0).build()))
                        .addAuthorizedStrength(Authorization.of(TROOPS_AND_STAFF, 1200))
                        .addAuthorizedStrength(Authorization.of(List.of(EXPERTS_ON_MISSION), 200))
                        .build());
    }

    /**
     * 918 (1994) of 17 May 1994 expanded UNAMIR to 5,500 troops with 320 military observers beside them (US
     * Mission to the UN, cable USUN 02093 of 18 May 1994): adopted without a vote as a whole, its part B (the
     * arms embargo, which UNAMIR was to monitor) under Chapter VII, its part A (the mandate, with the
     * protection of civilians at risk) not.
     */
    private static Mandate resolution918() {
        LocalDate day = LocalDate.of(1994, 5, 17);
        return Mandate.builder()
                .resolution(Resolution.builder(ResolutionSymbol.ofCouncil(918, 1994), day)
                        .adoption(Adoption.WITHOUT_VOTE).build())
                .actions(List.of(EXPAND, ADJUST))
                .effective(day)
                .chapterVII(true)
                .tasks(List.of(PROTECTION_OF_CIVILIANS, HUMANITARIAN_ASSISTANCE, ARMS_EMBARGO_MONITORING))
                .chapterVIITasks(List.of(ARMS_EMBARGO_MONITORING))
                .addAuthorizedStrength(Authorization.of(TROOPS_AND_STAFF, 5500))
                .addAuthorizedStrength(Authorization.of(List.of(EXPERTS_ON_MISSION), 320))
                .build();
    }

    /**
     * Adds what UNAMIR supported and worked beside: the Arusha Peace Agreement, which resolution 872 (1993)
     * established UNAMIR to help implement, and Operation Turquoise, which the Council authorized beside it.
     *
     * <p>The Arusha Peace Agreement (PA-X agreement 475, pax.peaceagreements.org/agreements/475): "Peace
     * Agreement between the Government of the Republic of Rwanda and the Rwandese Patriotic Front", signed at
     * Arusha on 4 August 1993, for the Government by President Juvénal Habyarimana and for the RPF by its
     * Chairman Alexis Kanyarengwe (AFP dispatch from Arusha, 4 August 1993); the talks were held "under the
     * aegis of the Facilitator, Ali Hassan MWINYI, President of the United Republic of Tanzania, in the
     * presence of the Representative of the Mediator, MOBUTU SESE SEKO, President of the Republic of Zaire",
     * of the Secretary General of the OAU, Dr Salim Ahmed SALIM, and of the Secretary-General of the United
     * Nations, Dr Boutros Boutros-Ghali, with observers from Germany, Belgium, Burundi, the United States,
     * France, Nigeria, Uganda and Zimbabwe (the agreement's preamble, as PA-X quotes it). S/RES/872 (1993)
     * welcomes its signing and resolves that the United Nations "make its full contribution to the
     * implementation of the Arusha Peace Agreement" (unscr.com/en/resolutions/872).
     *
     * <p>Operation Turquoise: S/RES/929 (1994) of 22 June 1994, adopted 10-0-5 under Chapter VII (Dag
     * Hammarskjold Library meeting table), authorized a temporary French-led multinational humanitarian
     * operation, limited to two months (UN Chronicle).
     *
     * <p>No budget is shipped: the General Assembly financed UNAMIR by decision 48/479 A of 23 December 1993 and
     * resolutions 48/248 of 5 April 1994 and 49/20 and 50/211 after it (hrlibrary.umn.edu; un.org/documents),
     * but no source read here gives the amounts.
     */
    private static Mission.Builder diplomacy(Mission.Builder mission) {
        String arusha = "Arusha Peace Agreement";
        List<Mandate> decisions = new ArrayList<>();
        for (Mandate decision : mandates()) {
            decisions.add(decision.resolution().number() == 872
                    ? Mandate.builder().from(decision).addAgreement(arusha).build() : decision);
        }
        return mission.mandates(decisions)
                .addAgreement(PeaceAgreement.builder().name(arusha)
                        .title("Peace Agreement between the Government of the Republic of Rwanda and the Rwandese "
                                + "Patriotic Front")
                        .kind(AgreementKind.AGREEMENT).date(LocalDate.of(1993, 8, 4)).place("Arusha").paxId(475)
                        .addParticipant(Participant.of(State.of(CountryCode.of("RWA")), ParticipantRole.PARTY,
                                "Juvénal Habyarimana"))
                        .addParticipant(Participant.of(Group.of("Rwandese Patriotic Front"), ParticipantRole.PARTY,
                                "Alexis Kanyarengwe"))
                        .addParticipant(Participant.of(State.of(CountryCode.of("TZA")), ParticipantRole.FACILITATOR,
                                "Ali Hassan Mwinyi"))
                        .addParticipant(Participant.of(State.of(CountryCode.of("ZAR")), ParticipantRole.MEDIATOR,
                                "Mobutu Sese Seko"))
                        .addParticipant(Participant.of(Organization.OAU, ParticipantRole.PRESENT, "Salim Ahmed Salim"))
                        .addParticipant(Participant.of(Organization.UN, ParticipantRole.PRESENT,
                                "Boutros Boutros-Ghali"))
                        .addAllParticipants(observers("DEU", "BEL", "BDI", "USA", "FRA", "NGA", "UGA", "ZWE"))
                        .build())
                .addPartnership(Partnership.builder()
                        .partner(Force.builder().name("Operation Turquoise").addLedBy(State.of(CountryCode.of("FRA")))
                                .build())
                        .kind(PartnershipKind.AUTHORIZED_ALONGSIDE).date(LocalDate.of(1994, 6, 22))
                        .resolution(Resolution.builder(ResolutionSymbol.ofCouncil(929, 1994), LocalDate.of(1994, 6, 22))
                                .vote(Vote.of(10, 0, 5)).build())
                        .build());
    }

    private static List<Participant> observers(String... countries) {
        List<Participant> observers = new ArrayList<>();
        for (String country : countries) {
            observers.add(Participant.of(State.of(CountryCode.of(country)), ParticipantRole.OBSERVER));
        }
        return observers;
    }

    static List<Appointment> leadership() {
        // As unamir-v2.json gives them: Dallaire from the mission's first day, the others known to the month.
        // Tousignant's tenure ends when Shiva Kumar's starts, in December 1995.
        return List.of(
                appointment(LeadershipRole.FORCE_COMMANDER, "Romeo Dallaire", "CAN", "1993-10-05"),
                appointment(LeadershipRole.FORCE_COMMANDER, "Guy Tousignant", "CAN", "1994-08"),
                appointment(LeadershipRole.FORCE_COMMANDER, "Shiva Kumar", "IND", "1995-12"),
                appointment(LeadershipRole.HEAD_OF_MISSION, "Jacques-Roger Booh-Booh", "CMR", "1993-11"),
                appointment(LeadershipRole.HEAD_OF_MISSION, "Shaharyar Khan", "PAK", "1994-07"));
    }

    /** A Security Council decision adopted unanimously (15-0-0) on the day it took effect, not under Chapter VII. */
    private static Mandate decision(int number, String effective, String expires, List<MandateAction> actions,
            List<MandateTask> tasks, Ceilings ceilings) {
        LocalDate day = LocalDate.parse(effective);
        return Mandate.builder()
                .resolution(Resolution.builder(ResolutionSymbol.ofCouncil(number, day.getYear()), day)
                        .vote(Vote.of(15, 0, 0)).build())
                .actions(actions)
                .effective(day)
                .expires(expires == null ? null : LocalDate.parse(expires))
                .chapterVII(false)
                .tasks(tasks)
                .ceilings(ceilings)
                .build();
    }

    private static Appointment appointment(LeadershipRole role, String name, String nationality, String start) {
        return Appointment.builder().role(role).name(name).nationality(CountryCode.of(nationality))
                .start(PartialDate.parse(start)).build();
    }
}
