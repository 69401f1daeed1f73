package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peacekeeping.core.lineage.LinkKind;
import io.github.peacekeeping.core.lineage.MissionLink;
import io.github.peacekeeping.core.lineage.MissionNames;
import io.github.peacekeeping.core.validation.Finding;
import io.github.peacekeeping.core.validation.Severity;
import io.github.peacekeeping.core.validation.SuccessionValidator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mission's identity and lifecycle without its decisions: the profile a mission gives, the checks it shares
 * with a mission, and the succession rules on profiles. UNAMIR's dates are those of {@link Unamir}; MONUC to
 * MONUSCO on 1 July 2010 by S/RES/1925 (2010) of 28 May 2010 (15-0-0, Dag Hammarskjold Library meeting table).
 */
class MissionProfileTest {

    private static final LocalDate MONUSCO_FROM = LocalDate.of(2010, 7, 1);

    private static MissionProfile.Builder unamir() {
        return MissionProfile.builder().acronym("UNAMIR").name("United Nations Assistance Mission for Rwanda")
                .addHost(Unamir.RWANDA).region(Region.AFRICA).established(Unamir.ESTABLISHED)
                .operationsEnded(Unamir.OPERATIONS_ENDED).closed(Unamir.CLOSED);
    }

    @Test
    void aMissionGivesItsOwnProfile() {
        // MINUAR: the French acronym, Mission des Nations Unies pour l'assistance au Rwanda.
        Mission mission = Unamir.builder().addAlias("MINUAR").build();

        MissionProfile profile = mission.profile();

        assertThat(profile).isEqualTo(unamir().addAlias("MINUAR").build());
        assertThat(profile.life()).isEqualTo(mission.life());
        assertThat(profile).hasToString(mission.toString())
                .hasToString("UNAMIR (United Nations Assistance Mission for Rwanda, 1993-10-05/1996-04)");
    }

    @Test
    void lifeAndActivity() {
        MissionProfile profile = unamir().build();

        assertThat(profile.isActiveOn(LocalDate.of(1996, 4, 30))).isTrue();
        assertThat(profile.isActiveOn(LocalDate.of(1996, 5, 1))).isFalse();
        assertThat(profile.isActiveIn(1993)).isTrue();
        assertThat(profile.isActiveIn(1992)).isFalse();
        assertThat(unamir().closed((PartialDate) null).operationsEnded((PartialDate) null).build().life())
                .hasToString("1993-10-05/..");
    }

    @Test
    void checksAsAMissionDoesWithItsMessages() {
        assertThatThrownBy(() -> unamir().acronym(" UNAMIR").build())
                .hasMessage("Invalid value for acronym: \" UNAMIR\" (must not start or end with blanks)");
        assertThatThrownBy(() -> Unamir.builder().acronym(" UNAMIR").build())
                .hasMessage("Invalid value for acronym: \" UNAMIR\" (must not start or end with blanks)");
        assertThatThrownBy(() -> MissionProfile.builder().acronym("UNAMIR").name("n").region(Region.AFRICA)
                .established(Unamir.ESTABLISHED).build())
                .hasMessage("Invalid value for hosts: [] (must hold at least one value)");
        assertThatThrownBy(() -> unamir().addHost(Unamir.RWANDA).build())
                .hasMessage("Invalid value for hosts: [RWA, RWA] (must not repeat RWA)");
        assertThatThrownBy(() -> unamir().closed(LocalDate.of(1996, 3, 7)).build())
                .hasMessage("Invalid value for closed: 1996-03-07 (must not be before operationsEnded 1996-03-08)");
        assertThatThrownBy(() -> unamir().operationsEnded(LocalDate.of(1993, 10, 4)).build())
                .hasMessage("Invalid value for operationsEnded: 1993-10-04 (must not be before established 1993-10-05)");
        assertThatThrownBy(() -> unamir().addLink(MissionLink.of(LinkKind.PREDECESSOR, "UNAMIR")).build())
                .hasMessage("Invalid value for links: \"PREDECESSOR UNAMIR\" (a mission is not linked to itself)");
        assertThatThrownBy(() -> unamir().addAlias("UNAMIR").build())
                .hasMessage("Invalid value for aliases: \"UNAMIR\" (is the mission's acronym)");
        assertThatThrownBy(() -> unamir().addAlias("MINUAR").addAlias("MINUAR").build())
                .hasMessage("Invalid value for aliases: [MINUAR, MINUAR] (must not repeat MINUAR)");
        assertThatThrownBy(() -> unamir().region(null))
                .isInstanceOf(MissingValueException.class);
        assertThatThrownBy(() -> MissionProfile.builder().acronym("UNAMIR").build())
                .isInstanceOf(MissingValueException.class);
    }

    @Test
    void theSuccessionRulesCheckProfiles() {
        MissionProfile monuc = MissionProfile.builder().acronym("MONUC")
                .name("United Nations Organization Mission in the Democratic Republic of the Congo")
                .addHost(CountryCode.of("COD")).region(Region.AFRICA).established(LocalDate.of(1999, 11, 30))
                .closed(LocalDate.of(2010, 6, 30)).addLink(MissionLink.of(LinkKind.SUCCESSOR, "MONUSCO", MONUSCO_FROM))
                .build();
        MissionProfile.Builder monusco = MissionProfile.builder().acronym("MONUSCO")
                .name("United Nations Organization Stabilization Mission in the Democratic Republic of the Congo")
                .addHost(CountryCode.of("COD")).region(Region.AFRICA).established(MONUSCO_FROM);

        assertThat(SuccessionValidator.validateProfiles(List.of(monuc,
                monusco.addLink(MissionLink.of(LinkKind.PREDECESSOR, "MONUC", MONUSCO_FROM)).build())).findings()).isEmpty();
        MissionProfile early = monusco.links(List.of(MissionLink.of(LinkKind.PREDECESSOR, "MONUC", LocalDate.of(2010, 6, 30))))
                .build();
        assertThat(SuccessionValidator.validateProfiles(List.of(monuc, early)).findings())
                .extracting(Finding::code, Finding::severity, Finding::path, Finding::message)
                .containsExactly(tuple("PK126", Severity.WARNING, "/0/links/0",
                        "MONUC hands over to MONUSCO on 2010-07-01, but MONUSCO takes over on 2010-06-30"));
    }

    @Test
    void namesAreBuiltFromProfilesAsFromMissions() {
        // UNAVEM II, S/RES/696 (1991) of 30 May 1991; UNAVEM III, S/RES/976 (1995) of 8 February 1995 (both 15-0-0).
        MissionProfile unavemII = MissionProfile.builder().acronym("UNAVEM II")
                .name("United Nations Angola Verification Mission II").addHost(CountryCode.of("AGO")).region(Region.AFRICA)
                .established(LocalDate.of(1991, 5, 30)).addAlias("UNAVEM").build();
        MissionProfile unavemIII = MissionProfile.builder().from(unavemII).acronym("UNAVEM III")
                .name("United Nations Angola Verification Mission III").established(LocalDate.of(1995, 2, 8))
                .addLink(MissionLink.of(LinkKind.PREDECESSOR, "UNAVEM II")).build();

        MissionNames names = MissionNames.ofProfiles(List.of(unavemII, unavemIII));

        assertThat(names.resolve("UNAVEM", LocalDate.of(1995, 2, 7))).contains("UNAVEM II");
        assertThat(names.resolve("UNAVEM", LocalDate.of(1995, 2, 8))).contains("UNAVEM III");
        assertThat(MissionNames.of(List.of(Unamir.builder().addAlias("MINUAR").build()))
                .resolve("MINUAR", LocalDate.of(1994, 4, 7))).contains("UNAMIR");
    }
}
