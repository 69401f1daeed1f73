package io.github.peacekeeping.examples.benchmarks.records;

import java.util.List;

/**
 * A military component as a plain record.
 *
 * @param deployments  the deployments
 */
public record MilitaryComponentRecord(List<DeploymentRecord> deployments) implements ComponentRecord {
}
