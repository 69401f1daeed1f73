package io.github.peacekeeping.benchmarks.immutables;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** A police component as an Immutables value type. */
@Value.Immutable
@JsonSerialize(as = ImmutablePoliceComponentValue.class)
@JsonDeserialize(as = ImmutablePoliceComponentValue.class)
public interface PoliceComponentValue extends ComponentValue {

    /**
     * Returns the deployments.
     *
     * @return the deployments
     */
    List<DeploymentValue> deployments();
}
