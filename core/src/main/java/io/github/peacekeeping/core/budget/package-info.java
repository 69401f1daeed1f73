/**
 * What the General Assembly gives missions: {@link io.github.peacekeeping.core.budget.Appropriation
 * appropriations} of an {@link io.github.peacekeeping.core.budget.UsdAmount amount} in US dollars for a
 * period, from a mission's special account or, for UNTSO and UNMOGIP, from the regular budget
 * ({@link io.github.peacekeeping.core.budget.Funding}), and the peacekeeping
 * {@link io.github.peacekeeping.core.budget.FiscalYear fiscal year} of 1 July to 30 June.
 *
 * <p>Only what can be cited is modelled: an appropriation carries its amount, its period and, where known,
 * the resolution that made it; the sums the UN's documents give are gross.
 *
 * <p>Every type is immutable and thread-safe.
 */
package io.github.peacekeeping.core.budget;
