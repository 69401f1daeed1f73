package io.github.peacekeeping.core.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Diplomacy;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.actor.Force;
import io.github.peacekeeping.core.actor.Group;
import io.github.peacekeeping.core.actor.Organization;
import io.github.peacekeeping.core.actor.State;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The real partnerships of the fixtures, and every construction check with its exact message. */
class PartnershipTest {

    @Test
    void realPartnerships() {
        assertThat(Diplomacy.operationTurquoise())
                .hasToString("AUTHORIZED_ALONGSIDE Operation Turquoise on 1994-06-22 under S/RES/929 (1994)");
        Mission minusma = Diplomacy.minusma().build();
        assertThat(minusma.partnerships()).singleElement()
                .hasToString("TAKES_OVER_FROM AFISMA on 2013-07-01 under S/RES/2100 (2013)");
        Partnership hybrid = Diplomacy.unamid().build().partnerships().get(0);
        assertThat(hybrid.kind()).isEqualTo(PartnershipKind.JOINT_AUTHORITY);
        assertThat(hybrid.jointRoles()).containsExactly(LeadershipRole.HEAD_OF_MISSION);
        assertThat(hybrid.partner()).isSameAs(Organization.AU);
        assertThat(Partnership.builder().from(hybrid).build()).isEqualTo(hybrid);
    }

    @Test
    void handOvers() {
        assertThat(PartnershipKind.TAKES_OVER_FROM.isHandOver()).isTrue();
        assertThat(PartnershipKind.HANDS_OVER_TO.isHandOver()).isTrue();
        assertThat(PartnershipKind.JOINT_AUTHORITY.isHandOver()).isFalse();
        assertThat(PartnershipKind.AUTHORIZED_ALONGSIDE.isHandOver()).isFalse();
        assertThat(PartnershipKind.SUPPORTS.isHandOver()).isFalse();
        assertThat(Partnership.builder().partner(Organization.EU).kind(PartnershipKind.HANDS_OVER_TO).build())
                .hasToString("HANDS_OVER_TO EU");
    }

    @Test
    void jointAuthorityIsSharedWithAnOrganization() {
        assertThatThrownBy(() -> Partnership.builder().partner(Force.builder().name("Operation Turquoise").build())
                .kind(PartnershipKind.JOINT_AUTHORITY).build())
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for partner: Operation Turquoise (joint authority is shared with an organization, not a force)");
        assertThatThrownBy(() -> Partnership.builder().partner(State.of(CountryCode.of("FRA")))
                .kind(PartnershipKind.JOINT_AUTHORITY).build())
                .hasMessage("Invalid value for partner: FRA (joint authority is shared with an organization, not a state)");
        assertThatThrownBy(() -> Partnership.builder().partner(Group.of("SPLM/SPLA-IO"))
                .kind(PartnershipKind.JOINT_AUTHORITY).build())
                .hasMessage("Invalid value for partner: SPLM/SPLA-IO (joint authority is shared with an organization, not a group)");
    }

    @Test
    void jointRolesOnlyUnderJointAuthority() {
        assertThatThrownBy(() -> Partnership.builder().partner(Organization.AU).kind(PartnershipKind.SUPPORTS)
                .addJointRole(LeadershipRole.FORCE_COMMANDER).build())
                .hasMessage("Invalid value for jointRoles: [FORCE_COMMANDER] (only a JOINT_AUTHORITY partnership has joint roles)");
        assertThatThrownBy(() -> Partnership.builder().partner(Organization.AU).kind(PartnershipKind.JOINT_AUTHORITY)
                .addJointRole(LeadershipRole.HEAD_OF_MISSION).addJointRole(LeadershipRole.HEAD_OF_MISSION).build())
                .hasMessage("Invalid value for jointRoles: [HEAD_OF_MISSION, HEAD_OF_MISSION] (must not repeat HEAD_OF_MISSION)");
        assertThat(Partnership.builder().partner(Organization.AU).kind(PartnershipKind.JOINT_AUTHORITY)
                .date(LocalDate.of(2007, 7, 31)).build().jointRoles()).isEmpty();
    }
}
