package io.github.peacekeeping.core.partner;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.actor.Actor;
import io.github.peacekeeping.core.actor.Group;
import io.github.peacekeeping.core.actor.Organization;
import io.github.peacekeeping.core.actor.State;
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
     */
    public static final class Builder extends ImmutablePartnership.Builder {
        Builder() {
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
