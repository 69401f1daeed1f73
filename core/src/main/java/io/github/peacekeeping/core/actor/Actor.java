package io.github.peacekeeping.core.actor;

/**
 * A state, an organization, a named non-state group or a non-UN force: whoever signs, mediates or
 * witnesses a peace agreement, or works beside a mission. The four kinds are the four implementations, so
 * that a {@code switch} over an actor is checked for completeness by the compiler.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface Actor permits State, Organization, Group, Force {

    /**
     * Returns the actor's full name: a state's English short name ("Rwanda"), an organization's name
     * ("African Union"), a group's or a force's name.
     *
     * @return the name, not blank
     */
    String fullName();
}
