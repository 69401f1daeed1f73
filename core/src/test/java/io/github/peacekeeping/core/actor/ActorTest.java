package io.github.peacekeeping.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import org.junit.jupiter.api.Test;

/** States, organizations, groups and forces: factories, names, equality and every construction check. */
class ActorTest {

    @Test
    void state() {
        State rwanda = State.of(CountryCode.of("RWA"));
        assertThat(rwanda.country()).isSameAs(CountryCode.of("RWA"));
        assertThat(rwanda.fullName()).isEqualTo("Rwanda");
        assertThat(rwanda).hasToString("RWA").isEqualTo(new State(CountryCode.of("RWA")));
        assertThat(State.of(CountryCode.of("ZAR")).fullName()).isEqualTo("Zaire");
        assertThatThrownBy(() -> State.of(null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for state (required)");
    }

    @Test
    void group() {
        Group rpf = Group.of("Rwandese Patriotic Front");
        assertThat(rpf.fullName()).isEqualTo("Rwandese Patriotic Front");
        assertThat(rpf).hasToString("Rwandese Patriotic Front").isEqualTo(new Group("Rwandese Patriotic Front"));
        assertThat(rpf).isNotEqualTo(Group.of("SPLM/SPLA-IO"));
        assertThatThrownBy(() -> Group.of(null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for group (required)");
        assertThatThrownBy(() -> Group.of(" ")).isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for group: \" \" (must not be blank)");
        assertThatThrownBy(() -> Group.of("RPF ")).hasMessage("Invalid value for group: \"RPF \" (must not start or end with blanks)");
    }

    @Test
    void organization() {
        assertThat(Organization.of("AU")).isSameAs(Organization.AU);
        assertThat(Organization.of("ECOWAS").fullName()).isEqualTo("Economic Community of West African States");
        assertThat(Organization.OAU.fullName()).isEqualTo("Organization of African Unity");
        assertThat(Organization.UN).hasToString("UN");
        assertThatThrownBy(() -> Organization.of("au")).isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for organization: \"au\" (expected one of [UN, AU, OAU, ECOWAS, IGAD, EU, NATO, OSCE, OAS])");
        assertThatThrownBy(() -> Organization.of(null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for organization (required)");
    }

    @Test
    void force() {
        Force afisma = Force.builder().name("African-led International Support Mission in Mali").acronym("AFISMA")
                .addLedBy(Organization.ECOWAS).build();
        assertThat(afisma).hasToString("AFISMA");
        assertThat(afisma.fullName()).isEqualTo("African-led International Support Mission in Mali");
        assertThat(afisma.ledBy()).containsExactly(Organization.ECOWAS);
        Force turquoise = Force.builder().name("Operation Turquoise").build();
        assertThat(turquoise).hasToString("Operation Turquoise");
        assertThat(turquoise.acronym()).isEmpty();
        assertThat(turquoise.ledBy()).isEmpty();
        assertThat(Force.builder().from(afisma).build()).isEqualTo(afisma);
    }

    @Test
    void forceChecks() {
        assertThatThrownBy(() -> Force.builder().build()).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for name (required)");
        assertThatThrownBy(() -> Force.builder().name("").build())
                .hasMessage("Invalid value for name: \"\" (must not be blank)");
        assertThatThrownBy(() -> Force.builder().name("African-led International Support Mission in Mali").acronym(" AFISMA").build())
                .hasMessage("Invalid value for acronym: \" AFISMA\" (must not start or end with blanks)");
        assertThatThrownBy(() -> Force.builder().name("Operation Turquoise").addLedBy(State.of(CountryCode.of("FRA")))
                .addLedBy(State.of(CountryCode.of("FRA"))).build())
                .hasMessage("Invalid value for ledBy: [FRA, FRA] (must not repeat FRA)");
        assertThatThrownBy(() -> Force.builder().name("Operation Turquoise").addLedBy((Actor) null))
                .isInstanceOf(MissingValueException.class)
                .hasMessage("Invalid value for ledBy: null element (elements must not be null)");
    }
}
