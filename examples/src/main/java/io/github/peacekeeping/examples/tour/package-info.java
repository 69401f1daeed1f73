/**
 * The tour: two missions built in Java from cited facts ({@link io.github.peacekeeping.examples.tour.Untag},
 * {@link io.github.peacekeeping.examples.tour.Unamir}), validated, and summarized by
 * {@link io.github.peacekeeping.examples.tour.MissionSummary}. Read these classes as the worked example of
 * the model's builders.
 */
package io.github.peacekeeping.examples.tour;
