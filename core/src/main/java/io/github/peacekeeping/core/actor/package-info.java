/**
 * Who acts in peacekeeping diplomacy beside the United Nations' own missions: {@link
 * io.github.peacekeeping.core.actor.State states}, international and regional {@link
 * io.github.peacekeeping.core.actor.Organization organizations}, named non-state {@link
 * io.github.peacekeeping.core.actor.Group groups} and non-UN {@link io.github.peacekeeping.core.actor.Force
 * forces}, all of them {@link io.github.peacekeeping.core.actor.Actor actors}. Peace agreements name them as
 * parties and third parties; missions name them as partners.
 *
 * <p>Every type is immutable and thread-safe.
 */
package io.github.peacekeeping.core.actor;
