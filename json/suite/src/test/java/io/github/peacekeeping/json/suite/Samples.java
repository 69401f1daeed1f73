package io.github.peacekeeping.json.suite;

import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.Ceilings;
import io.github.peacekeeping.core.CivilianComponent;
import io.github.peacekeeping.core.CivilianStaffing;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MandateTask;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PoliceCategory;
import io.github.peacekeeping.core.PoliceComponent;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.Vote;
import java.time.LocalDate;
import java.util.List;

/**
 * Values of every type with every optional field present ({@code full...}) and with none
 * ({@code minimal...}), and their JSON as the writer must produce it. Facts from UNMIL (resolution
 * 1509 (2003), deployments of June 2011, data set ipi-pkdb) and UNEF I (General Assembly resolution
 * 1000 (ES-I), 1956); the vote against is made up to fill every field.
 */
final class Samples {

    static final CountryCode LBR = CountryCode.of("LBR");
    static final CountryCode BGD = CountryCode.of("BGD");
    static final CountryCode NGA = CountryCode.of("NGA");
    static final CountryCode IND = CountryCode.of("IND");
    static final CountryCode RUS = CountryCode.of("RUS");

    private Samples() {
    }

    static Vote fullVote() {
        return Vote.of(13, 1, 1, RUS);
    }

    static final String FULL_VOTE = "{'yes':13,'no':1,'abstain':1,'against':['RUS']}";

    static Vote minimalVote() {
        return Vote.of(15, 0, 0);
    }

    static final String MINIMAL_VOTE = "{'yes':15,'no':0,'abstain':0}";

    static Resolution fullResolution() {
        return Resolution.builder().body(AuthorizingBody.GENERAL_ASSEMBLY).number(1000).session("ES-I")
                .adopted(LocalDate.of(1956, 11, 5)).vote(fullVote()).build();
    }

    static final String FULL_RESOLUTION = "{'body':'GENERAL_ASSEMBLY','number':1000,'adopted':'1956-11-05',"
            + "'session':'ES-I','vote':" + FULL_VOTE + "}";

    static Resolution minimalResolution() {
        return Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(1509)
                .adopted(LocalDate.of(2003, 9, 19)).build();
    }

    static final String MINIMAL_RESOLUTION = "{'body':'SECURITY_COUNCIL','number':1509,'adopted':'2003-09-19'}";

    static Ceilings fullCeilings() {
        return Ceilings.builder().military(15000).police(1115).civilian(250).build();
    }

    static final String FULL_CEILINGS = "{'military':15000,'police':1115,'civilian':250}";

    static Mandate fullMandate() {
        return Mandate.builder().resolution(minimalResolution())
                .addAction(MandateAction.ESTABLISH)
                .effective(LocalDate.of(2003, 10, 1)).expires(LocalDate.of(2004, 9, 19)).chapterVII(true)
                .tasks(List.of(MandateTask.CEASEFIRE_MONITORING, MandateTask.PROTECTION_OF_CIVILIANS))
                .ceilings(fullCeilings()).build();
    }

    static final String FULL_MANDATE = "{'resolution':" + MINIMAL_RESOLUTION + ",'actions':['ESTABLISH'],"
            + "'effective':'2003-10-01','expires':'2004-09-19','chapterVII':true,"
            + "'tasks':['CEASEFIRE_MONITORING','PROTECTION_OF_CIVILIANS'],'ceilings':" + FULL_CEILINGS + "}";

    static Mandate minimalMandate() {
        return Mandate.builder().resolution(minimalResolution()).addAction(MandateAction.EXTEND)
                .effective(LocalDate.of(2003, 10, 1)).chapterVII(false).build();
    }

    static final String MINIMAL_MANDATE = "{'resolution':" + MINIMAL_RESOLUTION + ",'actions':['EXTEND'],"
            + "'effective':'2003-10-01','chapterVII':false}";

    static Deployment<MilitaryCategory> troops() {
        return Deployment.of(BGD, MilitaryCategory.TROOPS, LocalDate.of(2011, 6, 30), 1442, 6);
    }

    static final String TROOPS = "{'contributor':'BGD','category':'TROOPS','date':'2011-06-30','total':1442,'female':6}";

    static Deployment<PoliceCategory> police() {
        return Deployment.of(IND, PoliceCategory.FORMED_POLICE_UNITS, LocalDate.of(2011, 6, 30), 125);
    }

    static final String POLICE = "{'contributor':'IND','category':'FORMED_POLICE_UNITS','date':'2011-06-30','total':125}";

    static CivilianStaffing staffing() {
        return CivilianStaffing.of(LocalDate.of(2011, 6, 30), 473, 1000, 230);
    }

    static final String STAFFING = "{'date':'2011-06-30','international':473,'national':1000,'volunteers':230}";

    static Appointment fullAppointment() {
        return Appointment.builder().role(LeadershipRole.FORCE_COMMANDER).name("Daniel Opande").nationality(CountryCode.of("KEN"))
                .start(LocalDate.of(2003, 10, 1)).end(LocalDate.of(2005, 10, 31)).acting(true).build();
    }

    static final String FULL_APPOINTMENT = "{'role':'FORCE_COMMANDER','name':'Daniel Opande','nationality':'KEN',"
            + "'start':'2003-10-01','end':'2005-10-31','acting':true}";

    static Appointment minimalAppointment() {
        return Appointment.builder().role(LeadershipRole.HEAD_OF_MISSION).name("Jacques Paul Klein")
                .nationality(CountryCode.of("USA")).start(LocalDate.of(2003, 10, 1)).build();
    }

    static final String MINIMAL_APPOINTMENT = "{'role':'HEAD_OF_MISSION','name':'Jacques Paul Klein',"
            + "'nationality':'USA','start':'2003-10-01'}";

    static Mission fullMission() {
        return Mission.builder().acronym("UNMIL").name("United Nations Mission in Liberia").addHost(LBR)
                .region(Region.AFRICA).established(LocalDate.of(2003, 9, 19)).closed(LocalDate.of(2018, 3, 30))
                .addMandate(fullMandate()).addMandate(minimalMandate())
                .addComponent(MilitaryComponent.of(List.of(troops())))
                .addComponent(PoliceComponent.of(List.of(police())))
                .addComponent(CivilianComponent.of(List.of(staffing())))
                .addAppointment(minimalAppointment()).addAppointment(fullAppointment())
                .build();
    }

    static final String FULL_MISSION = "{'acronym':'UNMIL','name':'United Nations Mission in Liberia','hosts':['LBR'],"
            + "'region':'AFRICA','established':'2003-09-19','closed':'2018-03-30',"
            + "'mandates':[" + FULL_MANDATE + "," + MINIMAL_MANDATE + "],"
            + "'components':[{'type':'military','deployments':[" + TROOPS + "]},"
            + "{'type':'police','deployments':[" + POLICE + "]},"
            + "{'type':'civilian','staffing':[" + STAFFING + "]}],"
            + "'leadership':[" + MINIMAL_APPOINTMENT + "," + FULL_APPOINTMENT + "]}";

    static Mission minimalMission() {
        return Mission.builder().acronym("UNMIL").name("United Nations Mission in Liberia").addHost(LBR)
                .region(Region.AFRICA).established(LocalDate.of(2003, 9, 19)).addMandate(minimalMandate()).build();
    }

    static final String MINIMAL_MISSION = "{'acronym':'UNMIL','name':'United Nations Mission in Liberia','hosts':['LBR'],"
            + "'region':'AFRICA','established':'2003-09-19','mandates':[" + MINIMAL_MANDATE + "]}";
}
