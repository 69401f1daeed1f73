package io.github.peacekeeping.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.Unamir;
import io.github.peacekeeping.core.Vote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void valueSemantics() {
        Finding finding = Finding.of(StandardRule.MANDATE_LAPSE, "/mandates/1/expires", "a lapse");
        assertThat(finding.rule()).isSameAs(StandardRule.MANDATE_LAPSE);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding).isEqualTo(Finding.of(StandardRule.MANDATE_LAPSE, "/mandates/1/expires", "a lapse"))
                .hasSameHashCodeAs(Finding.of(StandardRule.MANDATE_LAPSE, "/mandates/1/expires", "a lapse"))
                .isNotEqualTo(Finding.of(StandardRule.MANDATE_LAPSE, Severity.ERROR, "/mandates/1/expires", "a lapse"))
                .isNotEqualTo(Finding.of(StandardRule.MANDATE_LAPSE, "/mandates/2/expires", "a lapse"))
                .isNotEqualTo(Finding.of(StandardRule.MANDATE_LAPSE, "/mandates/1/expires", "another lapse"))
                .isNotEqualTo(Finding.of(StandardRule.DECISIONS_OUT_OF_ORDER, "/mandates/1/expires", "a lapse"))
                .isNotEqualTo("WARNING PK104 /mandates/1/expires: a lapse");
        assertThat(finding).isEqualTo(finding);
        assertThat(finding).hasToString("WARNING PK104 /mandates/1/expires: a lapse");
    }

    @Test
    void aMessageIsOneLineWhateverItHolds() {
        // Every character that breaks a line or does not show: LF, CR, tab, the other C0 controls (here
        // NUL, VT, FF and ESC), DEL, the C1 controls (here NEL and CSI) and the two Unicode separators.
        Finding finding = Finding.of(StandardRule.MANDATE_LAPSE, "/mandates/1/expires",
                "a\nb\rc\td\u0000e\u000bf\u000cg\u001bh\u007fi\u0085j\u009bk\u2028l\u2029m");

        assertThat(finding.message()).isEqualTo(
                "a\\nb\\rc\\td\\u0000e\\u000bf\\u000cg\\u001bh\\u007fi\\u0085j\\u009bk\\u2028l\\u2029m");
        assertThat(finding.toString()).doesNotContain("\n", "\r", "\u0085", "\u2028", "\u2029")
                .startsWith("WARNING PK104 /mandates/1/expires: a\\nb");
        assertThat(finding).isEqualTo(Finding.of(StandardRule.MANDATE_LAPSE, "/mandates/1/expires",
                "a\nb\rc\td\u0000e\u000bf\u000cg\u001bh\u007fi\u0085j\u009bk\u2028l\u2029m"));
    }

    @Test
    void everythingElseIsKeptAsItIs() {
        // Letters of any script, a backslash, quotes, a bidirectional mark (a format character, not a
        // control) and a character outside the Basic Multilingual Plane.
        String text = "Jacques-Roger Booh-Booh, Ромео, 达莱尔 \\ \"x\" \u200f \ud83c\udf0d";

        assertThat(Finding.of(StandardRule.MANDATE_LAPSE, "", text).message()).isSameAs(text);
    }

    @Test
    void aPathIsOneLineToo() {
        Finding finding = Finding.of(StandardRule.MANDATE_LAPSE, "/a\nb", "x");

        assertThat(finding.path()).isEqualTo("/a\\nb");
        assertThat(finding).hasToString("WARNING PK104 /a\\nb: x");
    }

    @Test
    void aNameWithALineBreakCannotForgeAFinding() {
        // The example that shows why: a rule quotes an appointee's name, which the model takes as given.
        Mission mission = Unamir.builder()
                .addAppointment(Unamir.appointment(io.github.peacekeeping.core.LeadershipRole.CHIEF_OF_STAFF,
                        "Old Soldier\nERROR PK101 /mandates/0/effective: forged", "CSK", "1994-01-01"))
                .build();

        assertThat(MissionValidator.validate(mission).findings("PK116")).extracting(Finding::toString)
                .containsExactly("WARNING PK116 /leadership/5/nationality: CSK (Czechoslovakia) is the nationality of "
                        + "Old Soldier\\nERROR PK101 /mandates/0/effective: forged on 1994-01-01, outside the days the "
                        + "code names its state: 1918-10-28/1992-12-31");
    }

    @Test
    void reportsCompareByTheirFindings() {
        ValidationReport one = ValidationReport.of(List.of(Finding.of(StandardRule.MANDATE_LAPSE, "", "x")));
        ValidationReport other = ValidationReport.of(List.of(Finding.of(StandardRule.MANDATE_LAPSE, "", "y")));
        assertThat(one).isNotEqualTo(other).isNotEqualTo("x").isEqualTo(one);
        assertThat(one.hashCode()).isNotEqualTo(other.hashCode());
        assertThat(one.isValid()).isTrue();
        assertThat(ValidationReport.of(List.of(Finding.of(StandardRule.DECISIONS_OUT_OF_ORDER, "", "x"))).isValid()).isFalse();
    }

    @Test
    void formerStatesAsHostVoterAndNationality() {
        // A host that had ceased to exist, a vote cast in the name of a state not yet born, a leader's
        // nationality out of time: each reported where it stands.
        List<Mandate> mandates = new ArrayList<>(Unamir.mandates());
        Mandate first = mandates.get(0);
        mandates.set(0, Mandate.builder().from(first).resolution(Resolution.builder().from(first.resolution())
                .vote(Vote.of(13, 2, 0, CountryCode.of("DDR"), CountryCode.of("CHN"))).build()).build());
        Mission mission = Unamir.builder().addHost(CountryCode.of("ZAR")).addHost(CountryCode.of("YMD"))
                .mandates(mandates)
                .addAppointment(Unamir.appointment(io.github.peacekeeping.core.LeadershipRole.CHIEF_OF_STAFF,
                        "Old Soldier", "CSK", "1994-01-01"))
                .build();
        assertThat(MissionValidator.validate(mission).findings("PK116"))
                .extracting(Finding::path, Finding::message)
                .containsExactly(
                        tuple("/hosts/2", "YMD (Yemen, Democratic) is a host during the mission's life "
                                + "1993-10-05/1996-04-30, outside the days the code names its state: 1967-11-30/1990-05-22"),
                        tuple("/mandates/0/resolution/vote/against/0", "DDR (German Democratic Republic) votes against "
                                + "S/RES/872 (1993) on 1993-10-05, outside the days the code names its state: "
                                + "1949-10-07/1990-10-02"),
                        tuple("/leadership/5/nationality", "CSK (Czechoslovakia) is the nationality of Old Soldier on "
                                + "1994-01-01, outside the days the code names its state: 1918-10-28/1992-12-31"));
        assertThat(LocalDate.of(1993, 10, 5)).isEqualTo(Unamir.ESTABLISHED);
    }
}
