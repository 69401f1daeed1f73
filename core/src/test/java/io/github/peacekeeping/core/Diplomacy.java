package io.github.peacekeeping.core;

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
 * Real peace agreements, partnerships and missions, each fact with its source. Tallies and days
 * of Security Council resolutions are checked against the Dag Hammarskjold Library meeting table (data set
 * unsc-meetings-votes, sample_1946_2019.csv). Missions other than UNAMIR are abridged to the decisions named.
 */
public final class Diplomacy {

    public static final String ARUSHA = "Arusha Peace Agreement";
    public static final String SETTLEMENT_PROPOSAL = "Namibia Settlement Proposal";
    public static final String TRIPARTITE = "Tripartite Agreement";
    public static final String ANGOLA_CUBA = "Angola-Cuba Bilateral Agreement";
    public static final String R_ARCSS = "R-ARCSS";

    private Diplomacy() {
    }

    private static Participant party(String country, String person) {
        return person == null ? Participant.of(State.of(CountryCode.of(country)), ParticipantRole.PARTY)
                : Participant.of(State.of(CountryCode.of(country)), ParticipantRole.PARTY, person);
    }

    private static Participant state(String country, ParticipantRole role) {
        return Participant.of(State.of(CountryCode.of(country)), role);
    }

    /**
     * The Arusha Peace Agreement of 4 August 1993. PA-X record 475 (pax.peaceagreements.org/agreements/475):
     * title, date, parties, and the third parties of its preamble (talks "under the aegis of the Facilitator,
     * Ali Hassan Mwinyi, President of the United Republic of Tanzania, in the presence of the Representative
     * of the Mediator, Mobutu Sese Seko, President of the Republic of Zaire", representatives of the OAU's
     * current Chairmen Abdou Diouf and Hosni Mubarak, the OAU's Secretary General Salim Ahmed Salim, the UN
     * Secretary-General Boutros Boutros-Ghali, and observers of Germany, Belgium, Burundi, the United States,
     * France, Nigeria, Uganda and Zimbabwe). Place: Arusha (Refworld RWA-025, "made in Arusha ... on 4 August
     * 1993"). Signed for the Government by President Juvénal Habyarimana and for the RPF by its Chairman
     * Alexis Kanyarengwe (AFP dispatch from Arusha, 4 August 1993). Name: S/RES/872 (1993), preamble.
     */
    public static PeaceAgreement arusha() {
        List<Participant> participants = new ArrayList<>(List.of(
                party("RWA", "Juvénal Habyarimana"),
                Participant.of(Group.of("Rwandese Patriotic Front"), ParticipantRole.PARTY, "Alexis Kanyarengwe"),
                Participant.of(State.of(CountryCode.of("TZA")), ParticipantRole.FACILITATOR, "Ali Hassan Mwinyi"),
                Participant.of(State.of(CountryCode.of("ZAR")), ParticipantRole.MEDIATOR, "Mobutu Sese Seko"),
                Participant.of(Organization.OAU, ParticipantRole.PRESENT, "Abdou Diouf"),
                Participant.of(Organization.OAU, ParticipantRole.PRESENT, "Hosni Mubarak"),
                Participant.of(Organization.OAU, ParticipantRole.PRESENT, "Salim Ahmed Salim"),
                Participant.of(Organization.UN, ParticipantRole.PRESENT, "Boutros Boutros-Ghali")));
        for (String observer : List.of("DEU", "BEL", "BDI", "USA", "FRA", "NGA", "UGA", "ZWE")) {
            participants.add(state(observer, ParticipantRole.OBSERVER));
        }
        return PeaceAgreement.builder()
                .name(ARUSHA)
                .title("Peace Agreement between the Government of the Republic of Rwanda and the Rwandese Patriotic Front")
                .kind(AgreementKind.AGREEMENT)
                .date(LocalDate.of(1993, 8, 4))
                .place("Arusha")
                .paxId(475)
                .participants(participants)
                .build();
    }

    /**
     * The proposal for a settlement of the Namibian situation, S/12636 of 10 April 1978, by Canada, France,
     * the Federal Republic of Germany, the United Kingdom and the United States (Wilson Center Digital
     * Archive, document 118224), approved by S/RES/435 (1978), op. para. 1. Its acceptance by the parties is
     * not recorded here (no source found).
     */
    public static PeaceAgreement settlementProposal() {
        List<Participant> proposers = new ArrayList<>();
        for (String proposer : List.of("CAN", "FRA", "DEU", "GBR", "USA")) {
            proposers.add(state(proposer, ParticipantRole.PROPOSER));
        }
        return PeaceAgreement.builder()
                .name(SETTLEMENT_PROPOSAL)
                .title("Proposal for a settlement of the Namibian situation")
                .kind(AgreementKind.PROPOSAL)
                .date(LocalDate.of(1978, 4, 10))
                .document("S/12636")
                .participants(proposers)
                .build();
    }

    /**
     * The Tripartite Agreement of 22 December 1988 among Angola, Cuba and South Africa, one of the two New
     * York Accords: title and the parties' "appreciation for the mediating role of the Government of the
     * United States" from its text (reference.allrefer.com, Angola country study, "Tripartite Agreement,
     * December 22, 1988"); signed at United Nations Headquarters, New York (the same text; Wikipedia,
     * "Tripartite Accord (1988)").
     */
    public static PeaceAgreement tripartiteAgreement() {
        return PeaceAgreement.builder()
                .name(TRIPARTITE)
                .title("Agreement among the People's Republic of Angola, the Republic of Cuba, and the Republic of South Africa")
                .kind(AgreementKind.AGREEMENT)
                .date(LocalDate.of(1988, 12, 22))
                .place("United Nations Headquarters, New York")
                .addParticipant(party("AGO", null))
                .addParticipant(party("CUB", null))
                .addParticipant(party("ZAF", null))
                .addParticipant(state("USA", ParticipantRole.MEDIATOR))
                .build();
    }

    /**
     * The bilateral agreement between Cuba and Angola of 22 December 1988 on the withdrawal of the Cuban
     * contingent, the other New York Accord, circulated as S/20345 by Cuba's Permanent Representative on the
     * day it was signed (docslib.org scan of S/20345).
     */
    public static PeaceAgreement angolaCubaAgreement() {
        return PeaceAgreement.builder()
                .name(ANGOLA_CUBA)
                .title("Agreement between the Government of the Republic of Cuba and the Government of the People's "
                        + "Republic of Angola for the conclusion of the internationalist mission of the Cuban military contingent")
                .kind(AgreementKind.AGREEMENT)
                .date(LocalDate.of(1988, 12, 22))
                .document("S/20345")
                .addParticipant(party("CUB", null))
                .addParticipant(party("AGO", null))
                .build();
    }

    /**
     * The Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan, 12 September
     * 2018, Addis Ababa: PA-X record 2112 (parties and their signatories as PA-X gives them; the Other
     * Political Parties signed one by one, here as one group); place from ACCORD, "Reviving peace in South
     * Sudan through the Revitalised Peace Agreement"; IGAD's mediation through its Special Envoy Ismail Wais
     * (IGAD joint statement of 16 February 2018); Presidents Omar al-Bashir of Sudan and Yoweri Museveni of
     * Uganda as co-guarantors (Gurtong, 14 September 2018). The UN spelling "Revitalized" (SC/13738).
     */
    public static PeaceAgreement revitalizedAgreement() {
        return PeaceAgreement.builder()
                .name(R_ARCSS)
                .title("Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan")
                .kind(AgreementKind.AGREEMENT)
                .date(LocalDate.of(2018, 9, 12))
                .place("Addis Ababa")
                .paxId(2112)
                .addParticipant(party("SSD", "Salva Kiir Mayardit"))
                .addParticipant(Participant.of(Group.of("SPLM/SPLA-IO"), ParticipantRole.PARTY, "Riek Machar Teny"))
                .addParticipant(Participant.of(Group.of("SPLM-Former Detainees"), ParticipantRole.PARTY, "Deng Alor Kuol"))
                .addParticipant(Participant.of(Group.of("South Sudan Opposition Alliance"), ParticipantRole.PARTY,
                        "Gabriel Changson Chang"))
                .addParticipant(Participant.of(Group.of("Other Political Parties"), ParticipantRole.PARTY))
                .addParticipant(Participant.of(Organization.IGAD, ParticipantRole.MEDIATOR, "Ismail Wais"))
                .addParticipant(Participant.of(State.of(CountryCode.of("SDN")), ParticipantRole.GUARANTOR, "Omar al-Bashir"))
                .addParticipant(Participant.of(State.of(CountryCode.of("UGA")), ParticipantRole.GUARANTOR, "Yoweri Museveni"))
                .build();
    }

    /**
     * Operation Turquoise, the temporary French-led multinational humanitarian operation authorized by
     * S/RES/929 (1994) of 22 June 1994, adopted 10-0-5 under Chapter VII (UN Chronicle via vlex,
     * "Violence and ... in Rwanda"; table line 4082).
     */
    public static Partnership operationTurquoise() {
        return Partnership.builder()
                .partner(Force.builder().name("Operation Turquoise").addLedBy(State.of(CountryCode.of("FRA"))).build())
                .kind(PartnershipKind.AUTHORIZED_ALONGSIDE)
                .date(LocalDate.of(1994, 6, 22))
                .resolution(council(929, LocalDate.of(1994, 6, 22), Vote.of(10, 0, 5)))
                .build();
    }

    /**
     * UNAMIR with its diplomacy: the Arusha Peace Agreement, which S/RES/872 (1993) established UNAMIR to
     * help implement ("Resolved that the United Nations should ... make its full contribution to the
     * implementation of the Arusha Peace Agreement", unscr.com/en/resolutions/872), and Operation Turquoise.
     */
    public static Mission.Builder unamir() {
        List<Mandate> mandates = new ArrayList<>(Unamir.mandates());
        mandates.set(0, Mandate.builder().from(mandates.get(0)).addAgreement(ARUSHA).build());
        return Unamir.builder().mandates(mandates).addAgreement(arusha()).addPartnership(operationTurquoise());
    }

    /**
     * UNMISS, abridged to three decisions: S/RES/1996 (2011) of 8 July 2011 established it under Chapter VII
     * "for an initial period of one year" (UN News, 9 July 2011; table line 8676, 15-0-0); S/RES/2406 (2018) of
     * 15 March 2018, unanimous, under Chapter VII, extended it until 15 March 2019 (SC/13249), six months
     * before the Revitalized Agreement existed; S/RES/2459 (2019) of 15 March 2019, 14-0-1, under Chapter VII,
     * extended it until 15 March 2020 and demanded the implementation of the permanent ceasefire declared in
     * the Revitalized Agreement (SC/13738; table line 11564).
     */
    public static Mission.Builder unmiss() {
        return Mission.builder()
                .acronym("UNMISS")
                .name("United Nations Mission in the Republic of South Sudan")
                .addHost(CountryCode.of("SSD"))
                .region(Region.AFRICA)
                .established(LocalDate.of(2011, 7, 8))
                .addMandate(decision(1996, "2011-07-08", "2012-07-08", MandateAction.ESTABLISH, Vote.of(15, 0, 0), null))
                .addMandate(decision(2406, "2018-03-15", "2019-03-15", MandateAction.EXTEND, Vote.of(15, 0, 0), null))
                .addMandate(decision(2459, "2019-03-15", "2020-03-15", MandateAction.EXTEND, Vote.of(14, 0, 1), R_ARCSS))
                .addAgreement(revitalizedAgreement());
    }

    /**
     * UNAMID, abridged to its establishment: S/RES/1769 (2007) of 31 July 2007, 15-0-0, under Chapter VII, "for
     * an initial period of 12 months" (SC/9089; Sudan Tribune factbox of 31 July 2007; table line 7467); the
     * joint AU-UN Special Representative named jointly by the UN Secretary-General and the Chairperson of the
     * AU Commission (UN News, May 2007); closed on 31 December 2020 (DPPADPOSS-PKO.csv, line 54).
     */
    public static Mission.Builder unamid() {
        return Mission.builder()
                .acronym("UNAMID")
                .name("African Union-United Nations Hybrid Operation in Darfur")
                .addHost(CountryCode.of("SDN"))
                .region(Region.AFRICA)
                .established(LocalDate.of(2007, 7, 31))
                .closed(LocalDate.of(2020, 12, 31))
                .addMandate(decision(1769, "2007-07-31", "2008-07-30", MandateAction.ESTABLISH, Vote.of(15, 0, 0), null))
                .addPartnership(Partnership.builder()
                        .partner(Organization.AU)
                        .kind(PartnershipKind.JOINT_AUTHORITY)
                        .date(LocalDate.of(2007, 7, 31))
                        .resolution(council(1769, LocalDate.of(2007, 7, 31), Vote.of(15, 0, 0)))
                        .addJointRole(LeadershipRole.HEAD_OF_MISSION)
                        .build());
    }

    /**
     * MINUSMA, abridged to its establishment: S/RES/2100 (2013) of 25 April 2013, unanimous, under Chapter VII,
     * transferring the authority of AFISMA, "set up by the Economic Community of West African States", to
     * MINUSMA on 1 July 2013 (SC press release of the 6952nd meeting; table line 9274); its first period ran to
     * 30 June 2014, when S/RES/2164 (2014) extended it "until 30 June 2015" (SC/11453); closed on 31 December
     * 2023 (the catalogue's operations.PROVENANCE.txt, correction 6).
     */
    public static Mission.Builder minusma() {
        return Mission.builder()
                .acronym("MINUSMA")
                .name("United Nations Multidimensional Integrated Stabilization Mission in Mali")
                .addHost(CountryCode.of("MLI"))
                .region(Region.AFRICA)
                .established(LocalDate.of(2013, 4, 25))
                .closed(LocalDate.of(2023, 12, 31))
                .addMandate(decision(2100, "2013-04-25", "2014-06-30", MandateAction.ESTABLISH, Vote.of(15, 0, 0), null))
                .addPartnership(Partnership.builder()
                        .partner(Force.builder().name("African-led International Support Mission in Mali").acronym("AFISMA")
                                .addLedBy(Organization.ECOWAS).build())
                        .kind(PartnershipKind.TAKES_OVER_FROM)
                        .date(LocalDate.of(2013, 7, 1))
                        .resolution(council(2100, LocalDate.of(2013, 4, 25), Vote.of(15, 0, 0)))
                        .build());
    }

    static Resolution council(int number, LocalDate adopted, Vote vote) {
        return Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(number).adopted(adopted).vote(vote).build();
    }

    /** A Security Council decision under Chapter VII, taking effect on its day of adoption. */
    private static Mandate decision(int number, String adopted, String expires, MandateAction action, Vote vote,
            String supports) {
        LocalDate day = LocalDate.parse(adopted);
        Mandate.Builder decision = Mandate.builder()
                .resolution(council(number, day, vote))
                .addAction(action)
                .effective(day)
                .expires(LocalDate.parse(expires))
                .chapterVII(true);
        if (supports != null) {
            decision.addAgreement(supports);
        }
        return decision.build();
    }
}
