package io.github.peacekeeping.core.actor;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.internal.Require;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A military force that is not a UN mission, as missions meet them: a regional force a mission takes over
 * from (the African-led International Support Mission in Mali, AFISMA), a multinational force the Security
 * Council authorizes beside one (Operation Turquoise in Rwanda, 1994), one the UN supports (the African
 * Union Mission in Somalia, AMISOM). Its name, its acronym where it has one, and who leads it.
 *
 * <p>Construction refuses a blank or padded name or acronym, and a repeated leader. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Force implements Actor {

    Force() {
    }

    /**
     * Returns the force's name, e.g. "African-led International Support Mission in Mali", "Operation
     * Turquoise".
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * Returns the acronym by which the force is known, e.g. "AFISMA".
     *
     * @return the acronym, empty if it has none
     */
    public abstract Optional<String> acronym();

    /**
     * Returns the states or organizations that lead the force (ECOWAS for AFISMA, France for Operation
     * Turquoise), where the record names them.
     *
     * @return the leaders, none repeated, unmodifiable, possibly empty
     */
    public abstract List<Actor> ledBy();

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Force}: setters {@code name}, {@code acronym}, {@code addLedBy} and {@code ledBy(Iterable)};
     * {@code from(Force)} copies one; {@code build()} checks the result and throws {@link PeacekeepingException}.
     */
    public static final class Builder extends ImmutableForce.Builder {
        Builder() {
        }
    }

    @Override
    public String fullName() {
        return name();
    }

    @Value.Check
    void check() {
        Require.text(FieldNames.NAME, name());
        Require.text(FieldNames.ACRONYM, acronym());
        Require.distinct(FieldNames.LED_BY, ledBy());
    }

    /**
     * Returns the acronym where the force has one, otherwise the name, e.g. {@code AFISMA}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return acronym().orElse(name());
    }
}
