package io.github.peacekeeping.core;

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

import java.time.LocalDate;
import java.util.List;

/**
 * UNAMIR, the United Nations Assistance Mission for Rwanda (1993-1996), built in Java from the facts of
 * the reference documents of the wire format (spec/unamir.json: resolutions 872, 909, 912, 918, 925,
 * 965, 997, 1028 and 1029, their votes, periods, tasks and ceilings; and the corrections of
 * spec/unamir-v2.json: resolution 918 (1994) as the record has it, the mandate's operations ended on
 * 8 March 1996 and the mission withdrew until April 1996, three Force Commanders, leadership dates known
 * to the month written at month precision).
 *
 * <p>Sources: peacekeeping.un.org/mission/past/unamir_b.htm (mandate history, leadership); the resolutions
 * themselves (S/RES/872 (1993) of 5 October 1993, about 2,500 authorized; S/RES/1029 (1995) of
 * 12 December 1995, a final period until 8 March 1996); the Dag Hammarskjöld Library's table of Security
 * Council meetings (data set unsc-meetings-votes), which gives 15-0-0 for each of these resolutions but
 * 918, and "S/RES/918 (1994) without vote"; the US Mission's cable of 18 May 1994 ("Security Council
 * approves phased UNAMIR expansion"): Rwanda asked for a separate vote on part B of 918, the arms embargo,
 * adopted under Chapter VII, and voted against it, while part A, the mandate, was not under Chapter VII;
 * the UN's UNAMIR page as the wire format's v2 notes cite it (Shiva Kumar, India, Force Commander from
 * December 1995); and the Chicago Tribune of 9 March 1996 (the departure "staggered over six weeks").
 */
public final class Unamir {

    public static final CountryCode RWANDA = CountryCode.of("RWA");
    public static final LocalDate ESTABLISHED = LocalDate.of(1993, 10, 5);
    /** The last day of the mandate, set by S/RES/1029 (1995): the operations ended, the withdrawal began. */
    public static final LocalDate OPERATIONS_ENDED = LocalDate.of(1996, 3, 8);
    /** The record gives only the month: the last personnel left in April 1996. */
    public static final PartialDate CLOSED = PartialDate.of(1996, 4);

    private Unamir() {
    }

    public static Mission mission() {
        return builder().build();
    }

    /** A builder holding all of UNAMIR, for tests that change one thing. */
    public static Mission.Builder builder() {
        return Mission.builder()
                .acronym("UNAMIR")
                .name("United Nations Assistance Mission for Rwanda")
                .addHost(RWANDA)
                .region(Region.AFRICA)
                .established(ESTABLISHED)
                .operationsEnded(OPERATIONS_ENDED)
                .closed(CLOSED)
                .addAllMandates(mandates())
                .addComponent(MilitaryComponent.builder().build())
                .addComponent(PoliceComponent.builder().build())
                .addAllLeadership(leadership());
    }

    public static List<Mandate> mandates() {
        return List.of(
                decision(872, "1993-10-05", "1994-04-05", List.of(ESTABLISH),
                        List.of(CEASEFIRE_MONITORING, ELECTION_SECURITY, DEMINING_ASSISTANCE, REFUGEE_MONITORING,
                                HUMANITARIAN_ASSISTANCE, POLICE_MONITORING),
                        Ceilings.of(2548, 60)),
                decision(909, "1994-04-05", "1994-07-29", List.of(EXTEND), null, null),
                // Resolution 912 cut UNAMIR to 270 during the genocide.
                decision(912, "1994-04-21", null, List.of(REDUCE, ADJUST),
                        List.of(LIAISON_BETWEEN_PARTIES, HUMANITARIAN_ASSISTANCE),
                        Ceilings.builder().military(270).build()),
                resolution918(),
                decision(925, "1994-06-08", "1994-12-09", List.of(EXTEND), null, null),
                decision(965, "1994-11-30", "1995-06-09", List.of(EXTEND, ADJUST),
                        List.of(PROTECTION_OF_CIVILIANS, HUMANITARIAN_ASSISTANCE, NATIONAL_RECONCILIATION, POLICE_REFORM),
                        null),
                decision(997, "1995-06-09", "1995-12-08", List.of(EXTEND, REDUCE, ADJUST),
                        List.of(NATIONAL_RECONCILIATION, REFUGEE_ASSISTANCE, HUMANITARIAN_ASSISTANCE,
                                DEMINING_ASSISTANCE, POLICE_REFORM),
                        Ceilings.builder().military(2330).build()),
                decision(1028, "1995-12-08", "1995-12-12", List.of(EXTEND), null, null),
                decision(1029, "1995-12-12", "1996-03-08", List.of(EXTEND, REDUCE, ADJUST, TERMINATE),
                        List.of(GOOD_OFFICES, REFUGEE_ASSISTANCE, UN_PERSONNEL_PROTECTION),
                        Ceilings.of(1200, 0)));
    }

    /**
     * The leadership as unamir-v2.json has it: Dallaire from the mission's first day, the others known to the
     * month. Tousignant's tenure ends when Shiva Kumar's starts, in December 1995.
     */
    public static List<Appointment> leadership() {
        return List.of(
                appointment(LeadershipRole.FORCE_COMMANDER, "Romeo Dallaire", "CAN", "1993-10-05"),
                appointment(LeadershipRole.FORCE_COMMANDER, "Guy Tousignant", "CAN", "1994-08"),
                appointment(LeadershipRole.FORCE_COMMANDER, "Shiva Kumar", "IND", "1995-12"),
                appointment(LeadershipRole.HEAD_OF_MISSION, "Jacques-Roger Booh-Booh", "CMR", "1993-11"),
                appointment(LeadershipRole.HEAD_OF_MISSION, "Shaharyar Khan", "PAK", "1994-07"));
    }

    /**
     * Resolution 918 (1994) of 17 May 1994 expanded UNAMIR to 5,500: adopted without a vote as a whole, its
     * part B (the arms embargo, which UNAMIR was to monitor) under Chapter VII, its part A (the mandate,
     * with the protection of civilians at risk) not.
     */
    public static Mandate resolution918() {
        LocalDate day = LocalDate.parse("1994-05-17");
        return Mandate.builder()
                .resolution(Resolution.builder(ResolutionSymbol.ofCouncil(918, 1994), day)
                        .adoption(Adoption.WITHOUT_VOTE).build())
                .actions(List.of(EXPAND, ADJUST))
                .effective(day)
                .chapterVII(true)
                .tasks(List.of(PROTECTION_OF_CIVILIANS, HUMANITARIAN_ASSISTANCE, ARMS_EMBARGO_MONITORING))
                .chapterVIITasks(List.of(ARMS_EMBARGO_MONITORING))
                .ceilings(Ceilings.builder().military(5500).build())
                .build();
    }

    /** A Security Council decision adopted unanimously (15-0-0) on the day it took effect, not under Chapter VII. */
    public static Mandate decision(int number, String effective, String expires, List<MandateAction> actions,
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

    /** An appointment from a day, a month or a year: "1994-08-01", "1994-08", "1978". */
    public static Appointment appointment(LeadershipRole role, String name, String nationality, String start) {
        return Appointment.builder().role(role).name(name).nationality(CountryCode.of(nationality))
                .start(PartialDate.parse(start)).build();
    }
}
