/**
 * The peers' records: plain Java records of the wire format's shape, read and written with no check of any
 * value by Jackson databind ({@code ReferenceMappers.newMapper()}) and by DSL-JSON
 * ({@code ReferenceMappers.newDslJson()}), whose annotation processor generates their codecs at compile
 * time ({@code @CompiledJson}; the codecs of the model's enums that they use land in the enums' package,
 * {@code io.github.peacekeeping.core}, of this module: harmless on the class path, where the benchmarks
 * run). Country codes and personnel categories are strings; dates are {@link java.time.LocalDate}, so the
 * peers do the same date work as the library; the model's plain enums (region, actions, tasks, body, role)
 * are used as they are; optional fields are nullable and left out when null, lists are
 * {@link java.util.List}.
 */
package io.github.peacekeeping.benchmarks.records;
