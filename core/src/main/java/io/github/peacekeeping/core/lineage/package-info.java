/**
 * How missions follow one another and what else they are called: a mission's
 * {@link io.github.peacekeeping.core.lineage.MissionLink links} to its predecessor and successor (UNAVEM I,
 * II and III, then MONUA; MONUC, then MONUSCO), with the day of the hand-over where the record gives it, and
 * the aliases the UN's own files use for it. {@link io.github.peacekeeping.core.lineage.MissionNames} puts
 * both together to join data from files that name missions differently: "UNAVEM" in the UN's fatality file
 * is UNAVEM II or III depending on the day.
 *
 * <p>Every type is immutable and thread-safe.
 */
package io.github.peacekeeping.core.lineage;
