package io.github.peacekeeping.json.suite;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.DateRange;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PartialDate;
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
import io.github.peacekeeping.core.budget.Appropriation;
import io.github.peacekeeping.core.budget.Funding;
import io.github.peacekeeping.core.budget.UsdAmount;
import io.github.peacekeeping.core.lineage.LinkKind;
import io.github.peacekeeping.core.lineage.MissionLink;
import io.github.peacekeeping.core.partner.Partnership;
import io.github.peacekeeping.core.partner.PartnershipKind;
import java.time.LocalDate;

/**
 * Missions with the fields of diplomacy and resources, and their JSON as the writer must produce it. Facts:
 * the Arusha Peace Agreement of 4 August 1993 (PA-X agreement 475, pax.peaceagreements.org/agreements/475:
 * title, parties, the facilitator Ali Hassan Mwinyi and the Secretaries-General of the OAU and the UN in
 * whose presence the talks were held; the signatories for the parties from the AFP dispatch of that day);
 * S/RES/872 (1993), 5 October 1993, 15-0-0, and S/RES/929 (1994), 22 June 1994, 10-0-5, the French-led
 * Operation Turquoise (Dag Hammarskjold Library meeting table; UN Chronicle); UNAVEM III established by
 * S/RES/976 (1995), 8 February 1995, 15-0-0, after UNAVEM II, and MONUA operational from 1 July 1997
 * (un.org/Depts/DPKO/Missions/monua_p.htm), "UNAVEM" being the UN fatality file's name for all three;
 * UNIFIL's appropriation of USD 582.63 million for 2024/25 (press release GA/12611, 28 June 2024).
 */
final class DiplomacySamples {

    static final String ARUSHA = "Arusha Peace Agreement";

    private DiplomacySamples() {
    }

    static PeaceAgreement arusha() {
        return PeaceAgreement.builder().name(ARUSHA)
                .title("Peace Agreement between the Government of the Republic of Rwanda and the Rwandese Patriotic Front")
                .kind(AgreementKind.AGREEMENT).date(LocalDate.of(1993, 8, 4)).place("Arusha").paxId(475)
                .addParticipant(Participant.of(State.of(CountryCode.of("RWA")), ParticipantRole.PARTY, "Juvénal Habyarimana"))
                .addParticipant(Participant.of(Group.of("Rwandese Patriotic Front"), ParticipantRole.PARTY,
                        "Alexis Kanyarengwe"))
                .addParticipant(Participant.of(State.of(CountryCode.of("TZA")), ParticipantRole.FACILITATOR,
                        "Ali Hassan Mwinyi"))
                .addParticipant(Participant.of(Organization.OAU, ParticipantRole.PRESENT, "Salim Ahmed Salim"))
                .addParticipant(Participant.of(Organization.UN, ParticipantRole.PRESENT))
                .build();
    }

    static Partnership turquoise() {
        return Partnership.builder()
                .partner(Force.builder().name("Operation Turquoise").addLedBy(State.of(CountryCode.of("FRA"))).build())
                .kind(PartnershipKind.AUTHORIZED_ALONGSIDE).date(LocalDate.of(1994, 6, 22))
                .resolution(Resolution.builder(ResolutionSymbol.parse("S/RES/929 (1994)"), LocalDate.of(1994, 6, 22))
                        .vote(Vote.of(10, 0, 5)).build())
                .build();
    }

    static Mission unamir() {
        return Mission.builder().acronym("UNAMIR").name("United Nations Assistance Mission for Rwanda")
                .addHost(CountryCode.of("RWA")).region(Region.AFRICA).established(PartialDate.of(1993, 10, 5))
                .addMandate(Mandate.builder()
                        .resolution(Resolution.builder(ResolutionSymbol.parse("S/RES/872 (1993)"), LocalDate.of(1993, 10, 5))
                                .vote(Vote.of(15, 0, 0)).build())
                        .addAction(MandateAction.ESTABLISH).effective(LocalDate.of(1993, 10, 5)).chapterVII(false)
                        .addAgreement(ARUSHA).build())
                .addAgreement(arusha()).addPartnership(turquoise()).build();
    }

    static final String ARUSHA_JSON = "{'name':'Arusha Peace Agreement','title':'Peace Agreement between the Government"
            + " of the Republic of Rwanda and the Rwandese Patriotic Front','kind':'AGREEMENT','date':'1993-08-04',"
            + "'place':'Arusha','paxId':475,'participants':["
            + "{'actor':{'state':'RWA'},'role':'PARTY','person':'Juvénal Habyarimana'},"
            + "{'actor':{'group':'Rwandese Patriotic Front'},'role':'PARTY','person':'Alexis Kanyarengwe'},"
            + "{'actor':{'state':'TZA'},'role':'FACILITATOR','person':'Ali Hassan Mwinyi'},"
            + "{'actor':{'organization':'OAU'},'role':'PRESENT','person':'Salim Ahmed Salim'},"
            + "{'actor':{'organization':'UN'},'role':'PRESENT'}]}";

    static final String TURQUOISE_JSON = "{'partner':{'force':{'name':'Operation Turquoise','ledBy':[{'state':'FRA'}]}},"
            + "'kind':'AUTHORIZED_ALONGSIDE','date':'1994-06-22','resolution':{'body':'SECURITY_COUNCIL','number':929,"
            + "'adopted':'1994-06-22','vote':{'yes':10,'no':0,'abstain':5}}}";

    static final String UNAMIR_JSON = "{'acronym':'UNAMIR','name':'United Nations Assistance Mission for Rwanda',"
            + "'hosts':['RWA'],'region':'AFRICA','established':'1993-10-05','mandates':[{'resolution':{"
            + "'body':'SECURITY_COUNCIL','number':872,'adopted':'1993-10-05','vote':{'yes':15,'no':0,'abstain':0}},"
            + "'actions':['ESTABLISH'],'effective':'1993-10-05','chapterVII':false,"
            + "'supports':['Arusha Peace Agreement']}],"
            + "'agreements':[" + ARUSHA_JSON + "],'partnerships':[" + TURQUOISE_JSON + "]}";

    static Mission unavemIII() {
        return Mission.builder().acronym("UNAVEM III").name("United Nations Angola Verification Mission III")
                .addHost(CountryCode.of("AGO")).region(Region.AFRICA).established(PartialDate.of(1995, 2, 8))
                .addMandate(Mandate.builder()
                        .resolution(Resolution.builder(ResolutionSymbol.parse("S/RES/976 (1995)"), LocalDate.of(1995, 2, 8))
                                .vote(Vote.of(15, 0, 0)).build())
                        .addAction(MandateAction.ESTABLISH).effective(LocalDate.of(1995, 2, 8)).chapterVII(false).build())
                .addLink(MissionLink.of(LinkKind.PREDECESSOR, "UNAVEM II"))
                .addLink(MissionLink.of(LinkKind.SUCCESSOR, "MONUA", LocalDate.of(1997, 7, 1)))
                .addAlias("UNAVEM").build();
    }

    static final String UNAVEM_III_JSON = "{'acronym':'UNAVEM III','name':'United Nations Angola Verification Mission III',"
            + "'hosts':['AGO'],'region':'AFRICA','established':'1995-02-08','mandates':[{'resolution':{"
            + "'body':'SECURITY_COUNCIL','number':976,'adopted':'1995-02-08','vote':{'yes':15,'no':0,'abstain':0}},"
            + "'actions':['ESTABLISH'],'effective':'1995-02-08','chapterVII':false}],"
            + "'links':[{'kind':'PREDECESSOR','mission':'UNAVEM II'},"
            + "{'kind':'SUCCESSOR','mission':'MONUA','handOver':'1997-07-01'}],'aliases':['UNAVEM']}";

    static Appropriation unifil2024() {
        return Appropriation.builder().period(DateRange.of(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30)))
                .amount(UsdAmount.ofDollars(582_630_000)).funding(Funding.SPECIAL_ACCOUNT).build();
    }

    static final String UNIFIL_2024_JSON = "{'period':'2024-07-01/2025-06-30','amount':'582630000',"
            + "'funding':'SPECIAL_ACCOUNT'}";
}
