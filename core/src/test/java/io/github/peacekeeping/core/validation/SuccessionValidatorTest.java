package io.github.peacekeeping.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.Vote;
import io.github.peacekeeping.core.lineage.LinkKind;
import io.github.peacekeeping.core.lineage.MissionLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PK125 and PK126 on real successions and on real ones changed to break them. MONUC, established by
 * S/RES/1279 (1999) of 30 November 1999 (15-0-0), extended to 30 June 2010 and known from 1 July 2010 as
 * MONUSCO by S/RES/1925 (2010) of 28 May 2010 (15-0-0; monuc.unmissions.org, "From MONUC to MONUSCO"). The
 * Angolan chain: UNAVEM I, S/RES/626 (1988) of 20 December 1988; UNAVEM II, S/RES/696 (1991) of 30 May 1991;
 * UNAVEM III, S/RES/976 (1995) of 8 February 1995; MONUA, S/RES/1118 (1997) of 30 June 1997, operational as of
 * 1 July 1997 (un.org/Depts/DPKO/Missions/monua_p.htm); all 15-0-0.
 */
class SuccessionValidatorTest {

    private static final LocalDate MONUSCO_FROM = LocalDate.of(2010, 7, 1);

    private static Mission.Builder monuc() {
        return Abridged.mission("MONUC", "COD", 1279, "1999-11-30", Vote.of(15, 0, 0), "2010-06-30")
                .addLink(MissionLink.of(LinkKind.SUCCESSOR, "MONUSCO", MONUSCO_FROM));
    }

    private static Mission.Builder monusco() {
        return Abridged.mission("MONUSCO", "COD", 1925, "2010-07-01", Vote.of(15, 0, 0), null)
                .addLink(MissionLink.of(LinkKind.PREDECESSOR, "MONUC", MONUSCO_FROM));
    }

    private static List<Mission> angola() {
        List<Mission> missions = new ArrayList<>();
        missions.add(Abridged.mission("UNAVEM I", "AGO", 626, "1988-12-20", Vote.of(15, 0, 0), null)
                .addLink(MissionLink.of(LinkKind.SUCCESSOR, "UNAVEM II")).build());
        missions.add(Abridged.mission("UNAVEM II", "AGO", 696, "1991-05-30", Vote.of(15, 0, 0), null)
                .addLink(MissionLink.of(LinkKind.PREDECESSOR, "UNAVEM I"))
                .addLink(MissionLink.of(LinkKind.SUCCESSOR, "UNAVEM III")).build());
        missions.add(Abridged.mission("UNAVEM III", "AGO", 976, "1995-02-08", Vote.of(15, 0, 0), null)
                .addLink(MissionLink.of(LinkKind.PREDECESSOR, "UNAVEM II"))
                .addLink(MissionLink.of(LinkKind.SUCCESSOR, "MONUA", LocalDate.of(1997, 7, 1))).build());
        missions.add(Abridged.mission("MONUA", "AGO", 1118, "1997-06-30", Vote.of(15, 0, 0), null)
                .addLink(MissionLink.of(LinkKind.PREDECESSOR, "UNAVEM III", LocalDate.of(1997, 7, 1))).build());
        return missions;
    }

    @Test
    void realSuccessions() {
        assertThat(SuccessionValidator.validate(List.of(monuc().build(), monusco().build())).findings()).isEmpty();
        assertThat(SuccessionValidator.validate(angola()).findings()).isEmpty();
        // The hand-over day fits both lives (PK123): the day after MONUC's last, MONUSCO's first.
        assertThat(MissionValidator.validate(monuc().build()).findings("PK123")).isEmpty();
        assertThat(MissionValidator.validate(monusco().build()).findings("PK123")).isEmpty();
    }

    @Test
    void aSuccessorEstablishedBeforeItsPredecessor() {
        // Changed: MONUSCO said to be established on 1 January 1999.
        Mission early = Abridged.mission("MONUSCO", "COD", 1925, "1999-01-01", Vote.of(15, 0, 0), null)
                .addLink(MissionLink.of(LinkKind.PREDECESSOR, "MONUC", MONUSCO_FROM)).build();
        ValidationReport report = SuccessionValidator.validate(List.of(monuc().build(), early));
        String message = "MONUSCO, established on 1999-01-01, succeeds MONUC, established later, on 1999-11-30";
        assertThat(report.findings("PK125")).extracting(Finding::severity, Finding::path, Finding::message)
                .containsExactly(tuple(Severity.ERROR, "/0/links/0", message), tuple(Severity.ERROR, "/1/links/0", message));
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void twoHandOverDays() {
        // Changed: MONUSCO said to take over on 30 June 2010.
        Mission monusco = Abridged.mission("MONUSCO", "COD", 1925, "2010-06-30", Vote.of(15, 0, 0), null)
                .addLink(MissionLink.of(LinkKind.PREDECESSOR, "MONUC", LocalDate.of(2010, 6, 30))).build();
        assertThat(SuccessionValidator.validate(List.of(monuc().build(), monusco)).findings("PK126"))
                .extracting(Finding::severity, Finding::path, Finding::message)
                .containsExactly(tuple(Severity.WARNING, "/0/links/0",
                        "MONUC hands over to MONUSCO on 2010-07-01, but MONUSCO takes over on 2010-06-30"));
    }

    @Test
    void aLinkWithoutItsReverse() {
        Mission monusco = Abridged.mission("MONUSCO", "COD", 1925, "2010-07-01", Vote.of(15, 0, 0), null).build();
        assertThat(SuccessionValidator.validate(List.of(monusco, monuc().build())).findings())
                .extracting(Finding::code, Finding::severity, Finding::path, Finding::message)
                .containsExactly(tuple("PK126", Severity.INFORMATION, "/1/links/0",
                        "MONUC names MONUSCO as its successor, but MONUSCO names no predecessor MONUC"));
    }

    @Test
    void linksToMissionsNotValidatedAreNotChecked() {
        assertThat(SuccessionValidator.validate(List.of(monuc().build())).findings()).isEmpty();
        List<Finding> findings = new ArrayList<>();
        for (SuccessionRule rule : SuccessionRule.values()) {
            rule.check(monuc().build(), findings::add);
        }
        assertThat(findings).isEmpty();
        assertThat(SuccessionRule.SUCCESSOR_BEFORE_PREDECESSOR.code()).isEqualTo("PK125");
        assertThat(SuccessionRule.LINKS_DISAGREE.severity()).isEqualTo(Severity.WARNING);
        assertThat(SuccessionRule.LINKS_DISAGREE.description())
                .isEqualTo("two linked missions give different hand-over days; INFORMATION when one of them does not link back");
    }
}
