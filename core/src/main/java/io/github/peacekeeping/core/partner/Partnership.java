package io.github.peacekeeping.core.partner;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.actor.Actor;
import io.github.peacekeeping.core.actor.Group;
import io.github.peacekeeping.core.actor.Organization;
import io.github.peacekeeping.core.actor.State;
import io.github.peacekeeping.core.internal.Given;
import io.github.peacekeeping.core.internal.Require;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One relation of a mission with a partner: {@code TAKES_OVER_FROM AFISMA on 2013-07-01 under S/RES/2100
 * (2013)}. The partner is an organization or a non-UN force (or a state or group, where the record has one);
 * the day is the day of the transfer for a {@link PartnershipKind#isHandOver() hand-over} and the day the
 * relation began otherwise; the resolution is the Security Council's decision that set it up.
 *
 * <p>Under {@link PartnershipKind#JOINT_AUTHORITY joint authority} the UN and the partner fill some
 * leadership roles together ({@link #jointRoles()}): UNAMID's head of mission was the Joint AU-UN Special
 * Representative.
 *
 * <p>Construction refuses joint authority with anything but an {@link Organization}, and joint roles under
 * any other kind or repeated. Whether the day falls in the mission's life is for the validators (rule
 * PK123). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Partnership {

    Partnership() {
    }

    /**
     * Returns the partner.
     *
     * @return the partner, not null
     */
    public abstract Actor partner();

    /**
     * Returns how the mission relates to the partner.
     *
     * @return the kind, not null
     */
    public abstract PartnershipKind kind();

    /**
     * Returns the day of the transfer for a hand-over, the day the relation began otherwise.
     *
     * @return the day, empty if not recorded
     */
    public abstract Optional<LocalDate> date();

    /**
     * Returns the Security Council resolution that set up the relation, e.g. {@code S/RES/929 (1994)} for
     * Operation Turquoise.
     *
     * @return the resolution, empty if not recorded
     */
    public abstract Optional<Resolution> resolution();

    /**
     * Returns the leadership roles the UN and the partner fill jointly, under joint authority.
     *
     * @return the roles, none repeated, unmodifiable; empty for every other kind
     */
    public abstract List<LeadershipRole> jointRoles();

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Partnership}: setters named after its fields ({@code partner}, {@code kind}, {@code date},
     * {@code resolution}), {@code addJointRole} and {@code jointRoles(Iterable)}; {@code from(Partnership)}
     * copies one; optional fields take null as absent; {@code build()} checks the result and throws
     * {@link PeacekeepingException}.
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutablePartnership.Builder generated = new ImmutablePartnership.Builder();

        Builder() {
        }

        /**
         * Copies the values of a partnership into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param partnership  the partnership to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code partnership} is null
         */
        public Builder from(Partnership partnership) {
            generated.from(Given.value("partnership", partnership));
            return this;
        }

        /**
         * Sets {@link Partnership#partner()}.
         *
         * @param partner  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code partner} is null
         */
        public Builder partner(Actor partner) {
            generated.partner(Given.value(FieldNames.PARTNER, partner));
            return this;
        }

        /**
         * Sets {@link Partnership#kind()}.
         *
         * @param kind  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code kind} is null
         */
        public Builder kind(PartnershipKind kind) {
            generated.kind(Given.value(FieldNames.KIND, kind));
            return this;
        }

        /**
         * Sets {@link Partnership#date()}.
         *
         * @param date  the value, null for none
         * @return this builder
         */
        public Builder date(LocalDate date) {
            generated.date(date);
            return this;
        }

        /**
         * Sets {@link Partnership#date()}.
         *
         * @param date  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code date} is null
         */
        public Builder date(Optional<? extends LocalDate> date) {
            generated.date(Given.value(FieldNames.DATE, date));
            return this;
        }

        /**
         * Sets {@link Partnership#resolution()}.
         *
         * @param resolution  the value, null for none
         * @return this builder
         */
        public Builder resolution(Resolution resolution) {
            generated.resolution(resolution);
            return this;
        }

        /**
         * Sets {@link Partnership#resolution()}.
         *
         * @param resolution  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code resolution} is null
         */
        public Builder resolution(Optional<? extends Resolution> resolution) {
            generated.resolution(Given.value(FieldNames.RESOLUTION, resolution));
            return this;
        }

        /**
         * Adds one element of {@link Partnership#jointRoles()}, after those added before.
         *
         * @param jointRole  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code jointRole} is null
         */
        public Builder addJointRole(LeadershipRole jointRole) {
            generated.addJointRole(Given.element(FieldNames.JOINT_ROLES, jointRole));
            return this;
        }

        /**
         * Adds elements of {@link Partnership#jointRoles()}, after those added before; if one is refused, none is added.
         *
         * @param jointRoles  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code jointRoles} or one of its elements is null
         */
        public Builder addJointRoles(LeadershipRole... jointRoles) {
            generated.addJointRoles(Given.elements(FieldNames.JOINT_ROLES, jointRoles));
            return this;
        }

        /**
         * Sets {@link Partnership#jointRoles()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param jointRoles  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code jointRoles} or one of its elements is null
         */
        public Builder jointRoles(Iterable<? extends LeadershipRole> jointRoles) {
            generated.jointRoles(Given.elements(FieldNames.JOINT_ROLES, jointRoles));
            return this;
        }

        /**
         * Adds elements of {@link Partnership#jointRoles()}, after those added before; if one is refused, none is added.
         *
         * @param jointRoles  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code jointRoles} or one of its elements is null
         */
        public Builder addAllJointRoles(Iterable<? extends LeadershipRole> jointRoles) {
            generated.addAllJointRoles(Given.elements(FieldNames.JOINT_ROLES, jointRoles));
            return this;
        }

        /**
         * Builds the partnership and checks it.
         *
         * @return the partnership, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public Partnership build() {
            return generated.build();
        }
    }

    @Value.Check
    void check() {
        if (kind() == PartnershipKind.JOINT_AUTHORITY && !(partner() instanceof Organization)) {
            throw new PeacekeepingException(FieldNames.PARTNER, partner(),
                    "joint authority is shared with an organization, not a " + kindOf(partner()));
        }
        if (kind() != PartnershipKind.JOINT_AUTHORITY && !jointRoles().isEmpty()) {
            throw new PeacekeepingException(FieldNames.JOINT_ROLES, jointRoles(),
                    "only a JOINT_AUTHORITY partnership has joint roles");
        }
        Require.distinct(FieldNames.JOINT_ROLES, jointRoles());
    }

    private static String kindOf(Actor actor) {
        if (actor instanceof State) {
            return "state";
        }
        return actor instanceof Group ? "group" : "force";
    }

    /**
     * Returns the kind, the partner, the day and the resolution, e.g.
     * {@code TAKES_OVER_FROM AFISMA on 2013-07-01 under S/RES/2100 (2013)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return kind() + " " + partner() + date().map(d -> " on " + d).orElse("")
                + resolution().map(r -> " under " + r.symbol()).orElse("");
    }
}
