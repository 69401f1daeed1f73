package io.github.peacekeeping.core.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Links between missions: factories, text form and checks. */
class MissionLinkTest {

    @Test
    void monucToMonusco() {
        // S/RES/1925 (2010): MONUC until 30 June 2010, MONUSCO from 1 July 2010 (monuc.unmissions.org).
        MissionLink link = MissionLink.of(LinkKind.SUCCESSOR, "MONUSCO", LocalDate.of(2010, 7, 1));
        assertThat(link).hasToString("SUCCESSOR MONUSCO from 2010-07-01");
        assertThat(link.handOver()).hasValue(LocalDate.of(2010, 7, 1));
        assertThat(MissionLink.of(LinkKind.PREDECESSOR, "UNAVEM II")).hasToString("PREDECESSOR UNAVEM II");
        assertThat(MissionLink.of(LinkKind.PREDECESSOR, "UNAVEM II").handOver()).isEmpty();
        assertThat(link).isEqualTo(MissionLink.of(LinkKind.SUCCESSOR, "MONUSCO", LocalDate.of(2010, 7, 1)))
                .isNotEqualTo(MissionLink.of(LinkKind.SUCCESSOR, "MONUSCO"));
    }

    @Test
    void checks() {
        assertThatThrownBy(() -> MissionLink.of(LinkKind.SUCCESSOR, " MONUSCO")).isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for mission: \" MONUSCO\" (must not start or end with blanks)");
        assertThatThrownBy(() -> MissionLink.of(null, "MONUSCO")).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for kind (required)");
        assertThatThrownBy(() -> MissionLink.of(LinkKind.SUCCESSOR, "MONUSCO", null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for handOver (required)");
    }
}
