package io.github.peacekeeping.benchmarks.records;

import com.dslplatform.json.CompiledJson;
import java.util.List;

/**
 * A military component as a plain record.
 *
 * @param deployments  the deployments
 */
@CompiledJson(name = "military")
public record MilitaryComponentRecord(List<DeploymentRecord> deployments) implements ComponentRecord {
}
