package io.github.peacekeeping.benchmarks.records;

import com.dslplatform.json.CompiledJson;
import java.util.List;

/**
 * A police component as a plain record.
 *
 * @param deployments  the deployments
 */
@CompiledJson(name = "police")
public record PoliceComponentRecord(List<DeploymentRecord> deployments) implements ComponentRecord {
}
