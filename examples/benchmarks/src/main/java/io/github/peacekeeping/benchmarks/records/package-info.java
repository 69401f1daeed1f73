/**
 * The reference of the benchmarks: plain Java records of the wire format's shape, read and written by
 * Jackson databind with no check of any value. Country codes and personnel categories are strings; dates
 * are {@link java.time.LocalDate}, so the reference does the same date work as the library; the model's
 * plain enums (region, actions, tasks, body, role) are used as they are; optional fields are nullable
 * and left out when null ({@code JsonInclude.Include.NON_NULL}), lists are {@link java.util.List}.
 */
package io.github.peacekeeping.benchmarks.records;
