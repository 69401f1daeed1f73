package io.github.peacekeeping.benchmarks.records;

import java.util.List;

/**
 * A police component as a plain record.
 *
 * @param deployments  the deployments
 */
public record PoliceComponentRecord(List<DeploymentRecord> deployments) implements ComponentRecord {
}
