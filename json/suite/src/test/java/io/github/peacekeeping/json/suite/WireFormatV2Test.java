package io.github.peacekeeping.json.suite;

import static io.github.peacekeeping.json.suite.ErrorsTest.assertRefused;
import static io.github.peacekeeping.json.suite.ErrorsTest.with;
import static io.github.peacekeeping.json.suite.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.Adoption;
import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.Authorization;
import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MandateTask;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PartialDate;
import io.github.peacekeeping.core.PersonnelTotal;
import io.github.peacekeeping.core.PoliceCategory;
import io.github.peacekeeping.core.PoliceComponent;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.ResolutionPart;
import io.github.peacekeeping.core.Vote;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fields that wire format v2 adds, each written exactly, read back equal, valid against the schema,
 * and written only when it carries information, so that a v1 document is written back as it was.
 */
class WireFormatV2Test {

    private static final CountryCode DZA = CountryCode.of("DZA");

    /** S/RES/918 (1994): "S/RES/918 (1994) without vote" in the Dag Hammarskjold Library's meeting table. */
    private static Resolution resolution918() {
        return Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(918)
                .adopted(LocalDate.of(1994, 5, 17)).adoption(Adoption.WITHOUT_VOTE).build();
    }

    @Test
    void writesMembersThatDidNotTakePart() throws IOException {
        // S/RES/2797 (2025) on MINURSO: 11-0-3, Algeria did not participate (UN press release SC/16208).
        Vote vote = Vote.builder().yes(11).no(0).abstain(3).addNotParticipating(DZA).build();
        String expected = json("{'yes':11,'no':0,'abstain':3,'notParticipating':['DZA']}");

        assertThat(Wire.write(vote)).isEqualTo(expected);
        assertThat(Wire.read(expected, Vote.class)).isEqualTo(vote);
        assertThat(Wire.write(Samples.minimalVote())).isEqualTo(json(Samples.MINIMAL_VOTE));
    }

    @Test
    void writesAnAdoptionWithoutAVote() throws IOException {
        String expected = json("{'body':'SECURITY_COUNCIL','number':918,'adopted':'1994-05-17','adoption':'WITHOUT_VOTE'}");

        assertThat(Wire.write(resolution918())).isEqualTo(expected);
        assertThat(Wire.read(expected, Resolution.class)).isEqualTo(resolution918());
        Resolution consensus = Resolution.builder().from(resolution918()).adoption(Adoption.CONSENSUS).build();
        assertThat(Wire.write(consensus)).isEqualTo(expected.replace("WITHOUT_VOTE", "CONSENSUS"));
    }

    @Test
    void leavesOutAnAdoptionByVoteThatTheVoteSays() throws IOException {
        String v1 = json(Samples.FULL_RESOLUTION);
        String stated = json(Samples.FULL_RESOLUTION.replace("'vote':", "'adoption':'VOTE','vote':"));

        Resolution read = Wire.read(stated, Resolution.class);

        assertThat(read).isEqualTo(Wire.read(v1, Resolution.class)).isEqualTo(Samples.fullResolution());
        assertThat(read.adoption()).contains(Adoption.VOTE);
        assertThat(Wire.write(read)).isEqualTo(v1);
    }

    @Test
    void writesAnAdoptionByVoteWhoseTallyIsNotRecorded() throws IOException {
        Resolution tallyUnknown = Resolution.builder().from(Samples.minimalResolution()).adoption(Adoption.VOTE).build();
        String expected = json(Samples.MINIMAL_RESOLUTION.replace("}", ",'adoption':'VOTE'}"));

        assertThat(Wire.write(tallyUnknown)).isEqualTo(expected);
        assertThat(Wire.read(expected, Resolution.class)).isEqualTo(tallyUnknown);
        assertThat(Wire.read(json(Samples.MINIMAL_RESOLUTION), Resolution.class).adoption()).isEmpty();
    }

    @Test
    void writesAProceduralDecision() throws IOException {
        // S/RES/119 (1956) of 31 October 1956, 7-2-2, France and the United Kingdom against (meeting table).
        Resolution procedural = Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(119)
                .adopted(LocalDate.of(1956, 10, 31)).procedural(true)
                .vote(Vote.of(7, 2, 2, CountryCode.of("FRA"), CountryCode.of("GBR"))).build();
        String expected = json("{'body':'SECURITY_COUNCIL','number':119,'adopted':'1956-10-31','procedural':true,"
                + "'vote':{'yes':7,'no':2,'abstain':2,'against':['FRA','GBR']}}");

        assertThat(Wire.write(procedural)).isEqualTo(expected);
        assertThat(Wire.read(expected, Resolution.class)).isEqualTo(procedural);
        assertThat(Wire.read(expected.replace("\"procedural\":true", "\"procedural\":false"), Resolution.class))
                .isEqualTo(Resolution.builder().from(procedural).procedural(false).build());
    }

    @Test
    void writesPartsVotedSeparately() throws IOException {
        // 918's part B, the arms embargo, voted separately and under Chapter VII, recorded in parts.
        ResolutionPart partB = ResolutionPart.builder().label("B").chapterVII(true).build();
        ResolutionPart partA = ResolutionPart.builder().label("A").vote(Vote.of(15, 0, 0)).chapterVII(false).build();
        Resolution inParts = Resolution.builder().from(resolution918()).adoption(Adoption.PARTS)
                .addPart(partA).addPart(partB).build();
        String expected = json("{'body':'SECURITY_COUNCIL','number':918,'adopted':'1994-05-17','adoption':'PARTS',"
                + "'parts':[{'label':'A','vote':{'yes':15,'no':0,'abstain':0},'chapterVII':false},"
                + "{'label':'B','chapterVII':true}]}");

        assertThat(Wire.write(inParts)).isEqualTo(expected);
        assertThat(Wire.read(expected, Resolution.class)).isEqualTo(inParts);
        assertThat(Wire.write(ResolutionPart.builder().label("C").build())).isEqualTo(json("{'label':'C'}"));
        assertThat(Wire.read(json("{'label':'C','vote':null,'chapterVII':null}"), ResolutionPart.class).chapterVII())
                .isEmpty();
    }

    @Test
    void writesChapterVIITasksAndAuthorizedStrength() throws IOException {
        // 918's decision as the reference document unamir-v2.json has it.
        Mandate decision = Mandate.builder().resolution(resolution918())
                .addActions(MandateAction.EXPAND, MandateAction.ADJUST).effective(LocalDate.of(1994, 5, 17))
                .chapterVII(true)
                .tasks(List.of(MandateTask.PROTECTION_OF_CIVILIANS, MandateTask.HUMANITARIAN_ASSISTANCE,
                        MandateTask.ARMS_EMBARGO_MONITORING))
                .chapterVIITasks(List.of(MandateTask.ARMS_EMBARGO_MONITORING))
                .addAuthorizedStrength(Authorization.of(List.of(MilitaryCategory.TROOPS, MilitaryCategory.STAFF_OFFICERS), 5500))
                .addAuthorizedStrength(Authorization.of(List.of(MilitaryCategory.EXPERTS_ON_MISSION), 320))
                .build();
        String expected = json("{'resolution':{'body':'SECURITY_COUNCIL','number':918,'adopted':'1994-05-17',"
                + "'adoption':'WITHOUT_VOTE'},'actions':['EXPAND','ADJUST'],'effective':'1994-05-17',"
                + "'chapterVII':true,'tasks':['PROTECTION_OF_CIVILIANS','HUMANITARIAN_ASSISTANCE','ARMS_EMBARGO_MONITORING'],"
                + "'chapterVIITasks':['ARMS_EMBARGO_MONITORING'],'authorizedStrength':["
                + "{'categories':['TROOPS','STAFF_OFFICERS'],'maximum':5500},{'categories':['EXPERTS_ON_MISSION'],'maximum':320}]}");

        assertThat(Wire.write(decision)).isEqualTo(expected);
        assertThat(Wire.read(expected, Mandate.class)).isEqualTo(decision);
        assertThat(Wire.write(Samples.fullMandate())).isEqualTo(json(Samples.FULL_MANDATE));
    }

    @Test
    void writesAPhaseOfAnAuthorization() throws IOException {
        // S/RES/997 (1995) of 9 June 1995: troops "to 2,330 within three months".
        Authorization phase = Authorization.of(List.of(MilitaryCategory.TROOPS, MilitaryCategory.STAFF_OFFICERS), 2330,
                LocalDate.of(1995, 9, 9));
        String expected = json("{'categories':['TROOPS','STAFF_OFFICERS'],'maximum':2330,'from':'1995-09-09'}");

        assertThat(Wire.write(phase)).isEqualTo(expected);
        assertThat(Wire.read(expected, Authorization.class)).isEqualTo(phase);
        assertThat(Wire.read(expected.replace("\"1995-09-09\"", "null"), Authorization.class).from()).isEmpty();
    }

    @Test
    void writesMissionLevelTotals() throws IOException {
        // UNAMIR on 31 October 1994: 5,893 troops and 83 police (IPI, data_mission.csv).
        PersonnelTotal<MilitaryCategory> troops = PersonnelTotal.of(MilitaryCategory.TROOPS, LocalDate.of(1994, 10, 31), 5893);
        PersonnelTotal<PoliceCategory> police = PersonnelTotal.of(PoliceCategory.POLICE, LocalDate.of(1994, 10, 31), 83);
        MilitaryComponent military = MilitaryComponent.builder().addTotal(troops).build();
        PoliceComponent policeComponent = PoliceComponent.builder().addTotal(police).build();

        assertThat(Wire.write(military)).isEqualTo(json("{'type':'military','deployments':[],"
                + "'totals':[{'category':'TROOPS','date':'1994-10-31','total':5893}]}"));
        assertThat(Wire.write(policeComponent)).isEqualTo(json("{'type':'police','deployments':[],"
                + "'totals':[{'category':'POLICE','date':'1994-10-31','total':83}]}"));
        assertThat(Wire.read(Wire.write(military), MilitaryComponent.class)).isEqualTo(military);
        assertThat(Wire.read(Wire.write(policeComponent), PoliceComponent.class)).isEqualTo(policeComponent);
        PersonnelTotal<PoliceCategory> withWomen = PersonnelTotal.of(PoliceCategory.INDIVIDUAL_POLICE,
                LocalDate.of(2011, 6, 30), 40, 9);
        assertThat(Wire.write(withWomen))
                .isEqualTo(json("{'category':'INDIVIDUAL_POLICE','date':'2011-06-30','total':40,'female':9}"));
    }

    @Test
    void writesADesignateAndDatesToTheMonthOrTheYear() throws IOException {
        // Martti Ahtisaari, Special Representative for Namibia from 1978 under S/RES/431, before UNTAG existed.
        Appointment designate = Appointment.builder().role(LeadershipRole.HEAD_OF_MISSION).name("Martti Ahtisaari")
                .nationality(CountryCode.of("FIN")).start(PartialDate.of(1978)).end(PartialDate.of(1990, 3))
                .designate(true).build();
        String expected = json("{'role':'HEAD_OF_MISSION','name':'Martti Ahtisaari','nationality':'FIN',"
                + "'start':'1978','end':'1990-03','designate':true}");

        assertThat(Wire.write(designate)).isEqualTo(expected);
        assertThat(Wire.read(expected, Appointment.class)).isEqualTo(designate);
        assertThat(Wire.write(Samples.fullAppointment())).isEqualTo(json(Samples.FULL_APPOINTMENT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2004", "2004-04", "2004-04-19", "9999", "9999-12", "2008-02-29"})
    void writesAPartialDateBackAsRead(String date) throws IOException {
        Mission read = Wire.JSON.readMission(Wire.json(Samples.MINIMAL_MISSION).replace("\"2003-09-19\",\"mandates\"",
                "\"2003-09-19\",\"closed\":\"" + date + "\",\"mandates\""));

        assertThat(read.closed()).contains(PartialDate.parse(date));
        assertThat(Wire.writeMission(read)).contains("\"closed\":\"" + date + "\"");
        assertThat(Wire.read("\"" + date + "\"", PartialDate.class)).isEqualTo(PartialDate.parse(date));
    }

    @Test
    void refusesAVoteBesideAnAdoptionWithoutOne() {
        assertRefused(with("\"adopted\": \"2003-09-19\",\n", "\"adopted\": \"2003-09-19\", \"adoption\": \"WITHOUT_VOTE\",\n"),
                "Invalid value for vote: 15-0-0 (must be absent when adoption is WITHOUT_VOTE) at mandates[0].resolution.vote"
                        + " (line 13, column 17)", "mandates[0].resolution.vote", 13, 17);
    }

    @Test
    void refusesAnUnknownAdoption() {
        assertRefused(with("\"adopted\": \"2003-09-19\",\n", "\"adopted\": \"2003-09-19\", \"adoption\": \"UNANIMOUS\",\n"),
                "Unknown value \"UNANIMOUS\" for adoption at mandates[0].resolution.adoption (line 12, column 46);"
                        + " expected one of: VOTE, WITHOUT_VOTE, CONSENSUS, PARTS", "mandates[0].resolution.adoption", 12, 46);
    }

    @Test
    void refusesARepeatedCategoryOfAnAuthorization() {
        assertRefused(with("\"chapterVII\": true", "\"chapterVII\": true, \"authorizedStrength\": "
                + "[{\"categories\": [\"TROOPS\", \"TROOPS\"], \"maximum\": 5500}]"),
                "Invalid value for categories: [TROOPS, TROOPS] (must not repeat TROOPS) at"
                        + " mandates[0].authorizedStrength[0].categories (line 18, column 65)",
                "mandates[0].authorizedStrength[0].categories", 18, 65);
    }

    @Test
    void refusesAMonthThatIsNot() {
        assertRefused(with("\"established\": \"2003-09-19\"", "\"established\": \"2003-09-19\", \"operationsEnded\": \"2018-13\""),
                "Invalid value for operationsEnded: \"2018-13\" (month must be 1 to 12) at operationsEnded (line 6, column 51)",
                "operationsEnded", 6, 51);
    }

    @Test
    void refusesAPartWithoutALabel() {
        assertRefused(with("\"vote\": {\"yes\": 15, \"no\": 0, \"abstain\": 0}",
                "\"adoption\": \"PARTS\", \"parts\": [{\"chapterVII\": true}]"),
                "Missing value for label (required) at mandates[0].resolution.parts[0] (line 13, column 40)",
                "mandates[0].resolution.parts[0]", 13, 40);
    }
}
