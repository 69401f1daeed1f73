package io.github.peacekeeping.benchmarks.records;

import java.util.List;

/**
 * A military component as a plain record.
 *
 * @param deployments  the deployments
 */
public record MilitaryComponentRecord(List<DeploymentRecord> deployments) implements ComponentRecord {
}
