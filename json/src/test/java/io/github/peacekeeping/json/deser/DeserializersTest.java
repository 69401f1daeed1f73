package io.github.peacekeeping.json.deser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.peacekeeping.core.ComponentType;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.json.deser.ValueDeserializers.ConstantDeserializer;
import io.github.peacekeeping.json.deser.ValueDeserializers.CountryCodeDeserializer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the deserializers tell Jackson about themselves: objects, text and enums for its coercion
 * settings, and that one instance serves every read, so that a mapper caches it.
 */
class DeserializersTest {

    @Test
    void logicalTypes() {
        List<PeacekeepingDeserializer<?>> objects = List.of(new MissionDeserializer(), new MandateDeserializer(),
                new ResolutionDeserializer(), new VoteDeserializer(), new CeilingsDeserializer(),
                new ComponentDeserializer<>(MilitaryComponent.class, ComponentType.MILITARY), new DeploymentDeserializer(),
                new CivilianStaffingDeserializer(), new AppointmentDeserializer(), new ContributionRecordDeserializer());

        assertThat(objects).allSatisfy(d -> assertThat(d.logicalType()).isEqualTo(LogicalType.POJO));
        assertThat(new CountryCodeDeserializer().logicalType()).isEqualTo(LogicalType.Textual);
        assertThat(new ConstantDeserializer<>(Region.class, Names.REGION).logicalType()).isEqualTo(LogicalType.Enum);
        assertThat(objects).allSatisfy(d -> assertThat(d.isCachable()).isTrue());
    }
}
