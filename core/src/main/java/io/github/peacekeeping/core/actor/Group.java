package io.github.peacekeeping.core.actor;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.internal.Require;

/**
 * A named non-state group as an actor, as the text of an agreement names it: "Rwandese Patriotic Front",
 * "SPLM/SPLA-IO". Two groups are equal when their names are.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name  the group's name, not blank
 */
public record Group(String name) implements Actor {

    /**
     * Obtains a group of the given name.
     *
     * @param name  the name, not blank
     * @throws PeacekeepingException if the name is null, blank or padded
     */
    public Group {
        if (name == null) {
            throw new MissingValueException(FieldNames.GROUP);
        }
        Require.text(FieldNames.GROUP, name);
    }

    /**
     * Obtains a group of the given name.
     *
     * @param name  the name, not blank
     * @return the group, not null
     * @throws PeacekeepingException if the name is null, blank or padded
     */
    public static Group of(String name) {
        return new Group(name);
    }

    @Override
    public String fullName() {
        return name;
    }

    /**
     * Returns the name.
     *
     * @return the name, not null
     */
    @Override
    public String toString() {
        return name;
    }
}
