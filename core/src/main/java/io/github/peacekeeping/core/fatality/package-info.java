/**
 * The price peacekeepers pay: {@link io.github.peacekeeping.core.fatality.Fatality fatality records} as the
 * UN publishes them (data set "DPPADPOSS-FATALITIES" of the UN Peace and Security Data Hub, one row per
 * casualty since 1948), with the UN's categories of personnel and types of incident, and
 * {@link io.github.peacekeeping.core.fatality.Fatalities counts} of them by year, category and type of
 * incident.
 *
 * <p>Fatalities are many and published as a flat file: they are records of their own, like the contribution
 * records, not part of a mission's document. The rules that compare them with a mission are run by
 * {@link io.github.peacekeeping.core.validation.FatalityValidator}.
 *
 * <p>Every type is immutable and thread-safe.
 */
package io.github.peacekeeping.core.fatality;
