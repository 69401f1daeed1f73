package io.github.peacekeeping.examples.tour;

import static io.github.peacekeeping.core.MandateTask.BORDER_MONITORING;
import static io.github.peacekeeping.core.MandateTask.CEASEFIRE_MONITORING;
import static io.github.peacekeeping.core.MandateTask.ELECTION_MONITORING;
import static io.github.peacekeeping.core.MandateTask.HUMAN_RIGHTS_MONITORING;
import static io.github.peacekeeping.core.MandateTask.POLICE_MONITORING;
import static io.github.peacekeeping.core.MandateTask.REFUGEE_MONITORING;

import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PoliceComponent;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.ResolutionSymbol;
import io.github.peacekeeping.core.Vote;
import io.github.peacekeeping.core.actor.State;
import io.github.peacekeeping.core.agreement.AgreementKind;
import io.github.peacekeeping.core.agreement.Participant;
import io.github.peacekeeping.core.agreement.ParticipantRole;
import io.github.peacekeeping.core.agreement.PeaceAgreement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * UNTAG, the United Nations Transition Assistance Group in Namibia, built from sourced facts: the plan of
 * resolution 435 (1978), carried out from 1 April 1989 under resolution 632 (1989) until Namibia's
 * independence on 21 March 1990.
 *
 * <p>Sources, cited where each fact is used: the UN's account of the operation
 * (peacekeeping.un.org/en/mission/past/untagFT.htm) and the texts of resolutions 435 (1978) and 629 (1989).
 *
 * <p>What is left out, because no source found gives it: the authorized ceilings. The UN Chronicle of 1989
 * describes a "4,650-strong military force" being deployed, which is a deployed strength, not a ceiling
 * that a resolution set; the figures of the Secretary-General's plan (S/12827, S/20412) approved by
 * resolutions 435 and 632 could not be read. The monthly strength reports start in November 1990, after
 * UNTAG, so the components hold no deployments.
 */
public final class Untag {

    /** Namibia. */
    static final CountryCode NAMIBIA = CountryCode.of("NAM");

    /**
     * Resolution 435 (1978) "decides to establish under its authority a United Nations Transition
     * Assistance Group" on 29 September 1978 (resolution text, Wilson Center Digital Archive 118228). It
     * deployed only in 1989: a mission's life starts with the decision that establishes it.
     */
    static final LocalDate ESTABLISHED = LocalDate.of(1978, 9, 29);

    /**
     * Namibia became independent shortly after midnight on 21 March 1990, which ended UNTAG
     * (peacekeeping.un.org untagFT.htm, introduction).
     */
    static final LocalDate CLOSED = LocalDate.of(1990, 3, 21);

    private Untag() {
    }

    /**
     * Builds UNTAG.
     *
     * @return the mission, not null
     */
    public static Mission mission() {
        return diplomacy(Mission.builder()
                .acronym("UNTAG")
                .name("United Nations Transition Assistance Group")
                .addHost(NAMIBIA)
                .region(Region.AFRICA)
                .established(ESTABLISHED)
                .closed(CLOSED)
                .addAllMandates(mandates())
                // Military and civilian police components served (peacekeeping.un.org untagFT.htm,
                // "Structure and deployment of UNTAG"); their monthly figures are not in any data set here.
                .addComponent(MilitaryComponent.builder().build())
                .addComponent(PoliceComponent.builder().build())
                .addAllLeadership(leadership()))
                .build();
    }

    /**
     * Adds the settlements UNTAG carried out: the proposal of 1978, which resolutions 435 (1978) and 632 (1989)
     * put into effect, and the Tripartite Agreement signed in New York on 22 December 1988.
     *
     * <p>The proposal: document S/12636 of 10 April 1978, a letter from the representatives of Canada,
     * France, the Federal Republic of Germany, the United Kingdom and the United States to the President of the
     * Security Council transmitting "a proposal for the settlement of the Namibian situation" (Wilson Center
     * Digital Archive, document 118224). Resolution 435 (1978) "Approves the report of the Secretary-General
     * (S/12827) for the implementation of the proposal for a settlement of the Namibian situation (S/12636)"
     * (operative paragraph 1; Wilson Center, document 118228), and 632 (1989) was the Council's "decision on
     * 16 February 1989 to implement a Settlement Proposal which had first been agreed in 1978"
     * (peacekeeping.un.org untagFT.htm).
     *
     * <p>The Tripartite Agreement: "Agreement among the People's Republic of Angola, the Republic of Cuba, and
     * the Republic of South Africa", 22 December 1988, which accepts the implementation of resolution 435 and
     * expresses the parties' "appreciation for the mediating role of the Government of the United States"
     * (text at reference.allrefer.com, country study Angola, "Tripartite Agreement, December 22, 1988"); signed
     * at United Nations Headquarters in New York. No resolution of UNTAG's record here names it, so no decision
     * supports it.
     *
     * <p>No partnership and no budget: UNTAG was financed under General Assembly resolution 43/232 of 1 March
     * 1989 (recalled in resolution 47/207), but no source read here gives the amounts.
     */
    private static Mission.Builder diplomacy(Mission.Builder mission) {
        String proposal = "Settlement Proposal";
        List<Mandate> decisions = new ArrayList<>();
        for (Mandate decision : mandates()) {
            int number = decision.resolution().number();
            decisions.add(number == 435 || number == 632
                    ? Mandate.builder().from(decision).addAgreement(proposal).build() : decision);
        }
        PeaceAgreement.Builder settlement = PeaceAgreement.builder().name(proposal)
                .title("Proposal for a settlement of the Namibian situation").kind(AgreementKind.PROPOSAL)
                .date(LocalDate.of(1978, 4, 10)).document("S/12636");
        for (String proposer : List.of("CAN", "FRA", "DEU", "GBR", "USA")) {
            settlement.addParticipant(Participant.of(State.of(CountryCode.of(proposer)), ParticipantRole.PROPOSER));
        }
        PeaceAgreement.Builder tripartite = PeaceAgreement.builder().name("Tripartite Agreement")
                .title("Agreement among the People's Republic of Angola, the Republic of Cuba, and the Republic of "
                        + "South Africa")
                .kind(AgreementKind.AGREEMENT).date(LocalDate.of(1988, 12, 22)).place("New York");
        for (String party : List.of("AGO", "CUB", "ZAF")) {
            tripartite.addParticipant(Participant.of(State.of(CountryCode.of(party)), ParticipantRole.PARTY));
        }
        tripartite.addParticipant(Participant.of(State.of(CountryCode.of("USA")), ParticipantRole.MEDIATOR));
        return mission.mandates(decisions).addAgreement(settlement.build()).addAgreement(tripartite.build());
    }

    static List<Mandate> mandates() {
        return List.of(
                // S/RES/435 (1978) of 29 September 1978, 12-0-2: Czechoslovakia and the USSR abstained, China
                // did not take part (resolution record: 12 for, none against, 2 abstentions). It approved the
                // Secretary-General's plan and established UNTAG "for a period of up to 12 months" counted from
                // the start of the transition, not from 1978, so no calendar expiry is recorded: the period is
                // open-ended until UNTAG closed. Tasks: the settlement plan as resolution 629 (1989) recalls it,
                // "keeping borders under surveillance, preventing infiltration, preventing intimidation and
                // ensuring the safe return of refugees and their free participation in the electoral process",
                // with elections "under the supervision and control of the United Nations" (resolution 435,
                // paragraph 3), the ceasefire and the confinement of forces to base, the release of political
                // prisoners and the repeal of discriminatory laws (UN Chronicle, "UNTAG: what it will do and
                // how", 1989), and the monitoring of the territory's police by UNTAG's civilian police.
                Mandate.builder()
                        .resolution(Resolution.builder(ResolutionSymbol.parse("S/RES/435 (1978)"), ESTABLISHED)
                                .vote(Vote.of(12, 0, 2)).build())
                        .addAction(MandateAction.ESTABLISH)
                        .effective(ESTABLISHED)
                        .chapterVII(false)
                        .tasks(List.of(CEASEFIRE_MONITORING, BORDER_MONITORING, ELECTION_MONITORING,
                                REFUGEE_MONITORING, HUMAN_RIGHTS_MONITORING, POLICE_MONITORING))
                        .build(),
                // S/RES/629 (1989) of 16 January 1989, adopted unanimously (15-0-0): "Decides that 1 April 1989
                // shall be the date on which implementation of resolution 435 (1978) will begin" and asks for a
                // re-examination of UNTAG's requirements. It changes the timing, not the tasks: ADJUST is the
                // nearest of the wire format's actions.
                Mandate.builder()
                        .resolution(Resolution.builder(ResolutionSymbol.parse("S/RES/629 (1989)"), LocalDate.of(1989, 1, 16))
                                .vote(Vote.of(15, 0, 0)).build())
                        .addAction(MandateAction.ADJUST)
                        .effective(LocalDate.of(1989, 1, 16))
                        .chapterVII(false)
                        .build(),
                // S/RES/632 (1989) of 16 February 1989: the Council's "decision on 16 February 1989 to implement
                // a Settlement Proposal which had first been agreed in 1978" (peacekeeping.un.org untagFT.htm),
                // approving the Secretary-General's revised plan for UNTAG. Its vote, 15-0-0, is the Dag
                // Hammarskjold Library's record (Security Council meetings table, 16 February 1989).
                Mandate.builder()
                        .resolution(Resolution.builder(ResolutionSymbol.parse("S/RES/632 (1989)"), LocalDate.of(1989, 2, 16))
                                .vote(Vote.of(15, 0, 0)).build())
                        .addAction(MandateAction.ADJUST)
                        .effective(LocalDate.of(1989, 2, 16))
                        .chapterVII(false)
                        .build());
    }

    static List<Appointment> leadership() {
        return List.of(
                // Martti Ahtisaari (Finland), Special Representative of the Secretary-General for Namibia and
                // head of UNTAG (untagFT.htm; S/13120 of 26 February 1979 calls him "my Special Representative").
                // He held the post before UNTAG was established, so his tenure is recorded from the mission's
                // first day, as the wire format's reference document does for dates before a mission.
                appointment(LeadershipRole.HEAD_OF_MISSION, "Martti Ahtisaari", "FIN", ESTABLISHED),
                // Force Commanders: Major-General Hannes Philipp (Austria) from September 1978 to January 1980,
                // then Lieutenant-General Dewan Prem Chand (India) from January 1980 to March 1990, in command
                // of the deployed force from March 1989 (German Wikipedia, "Unterstützungseinheit der Vereinten
                // Nationen für die Übergangszeit"; UN Chronicle 1989 names "General Prem Chand, a national of
                // India"). Known to the month: the first day of the month, or the mission's first day.
                appointment(LeadershipRole.FORCE_COMMANDER, "Hannes Philipp", "AUT", ESTABLISHED),
                appointment(LeadershipRole.FORCE_COMMANDER, "Dewan Prem Chand", "IND", LocalDate.of(1980, 1, 1)),
                // Police Commissioner Stephen Fanning (Ireland) from March 1989 (same German Wikipedia article).
                appointment(LeadershipRole.POLICE_COMMISSIONER, "Stephen Fanning", "IRL", LocalDate.of(1989, 3, 1)));
    }

    private static Appointment appointment(LeadershipRole role, String name, String nationality, LocalDate start) {
        return Appointment.builder().role(role).name(name).nationality(CountryCode.of(nationality)).start(start).build();
    }
}
