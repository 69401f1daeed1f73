/**
 * A mission's relations with the organizations and non-UN forces it works with: a hybrid operation under
 * joint authority, a hand-over from or to a regional force, a force the Security Council authorizes beside
 * a mission, and UN support to another organization's operation. Each is a
 * {@link io.github.peacekeeping.core.partner.Partnership} of a
 * {@link io.github.peacekeeping.core.partner.PartnershipKind kind} with an
 * {@link io.github.peacekeeping.core.actor.Actor actor}.
 *
 * <p>Every type is immutable and thread-safe.
 */
package io.github.peacekeeping.core.partner;
