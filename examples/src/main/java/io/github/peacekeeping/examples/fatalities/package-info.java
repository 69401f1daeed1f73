/**
 * The importer of the UN's fatality file (UN Peace and Security Data Hub, {@code DPPADPOSS-FATALITIES.csv}):
 * {@link io.github.peacekeeping.examples.fatalities.FatalitiesCsv} maps each row to the model's
 * {@link io.github.peacekeeping.core.fatality.Fatality} or refuses it with its line number, resolving the
 * names the file gives missions by {@link io.github.peacekeeping.examples.fatalities.OperationNames};
 * {@link io.github.peacekeeping.examples.fatalities.FatalityImport} says what was read and counts it per
 * mission and year.
 */
package io.github.peacekeeping.examples.fatalities;
