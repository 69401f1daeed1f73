/**
 * The importer of the UN's monthly contribution files (as the IPI Peacekeeping Database publishes them):
 * {@link io.github.peacekeeping.examples.contributions.ContributionsCsv} maps each row to the model's
 * deployments or refuses it with its line number,
 * {@link io.github.peacekeeping.examples.contributions.ImportSummary} sums what was read.
 */
package io.github.peacekeeping.examples.contributions;
