package io.github.peacekeeping.core;

import java.util.Objects;

/**
 * An authorization with the decision that made it and the days it was in force: from the day it took
 * effect to the day before a later authorization naming any of its categories took effect, or to the
 * mission's closing day, or open while the mission is active. {@link Mission#authorizationHistory()}
 * gives a mission's.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AuthorizationPeriod {

    private final Mandate decision;
    private final Authorization authorization;
    private final DateRange period;

    private AuthorizationPeriod(Mandate decision, Authorization authorization, DateRange period) {
        this.decision = decision;
        this.authorization = authorization;
        this.period = period;
    }

    /**
     * Obtains the period of an authorization.
     *
     * @param decision       the decision, not null
     * @param authorization  one of the decision's {@link Mandate#authorizations()}, not null
     * @param period         the days it was in force, not null, starting on the day the authorization
     *                       takes effect ({@link Mandate#effectiveOf(Authorization)})
     * @return the period, not null
     * @throws PeacekeepingException if a value is missing, the authorization is not the decision's, or the
     *         period starts on another day
     */
    public static AuthorizationPeriod of(Mandate decision, Authorization authorization, DateRange period) {
        if (decision == null || authorization == null || period == null) {
            throw new MissingValueException(decision == null ? FieldNames.MANDATES
                    : authorization == null ? FieldNames.AUTHORIZED_STRENGTH : "period");
        }
        if (!decision.authorizations().contains(authorization)) {
            throw new PeacekeepingException(FieldNames.AUTHORIZED_STRENGTH, authorization,
                    "not an authorization of " + decision.resolution().symbol());
        }
        if (!period.start().equals(decision.effectiveOf(authorization))) {
            throw new PeacekeepingException("period", period,
                    "must start on " + decision.effectiveOf(authorization) + ", when the authorization takes effect");
        }
        return new AuthorizationPeriod(decision, authorization, period);
    }

    /**
     * Returns the decision that made the authorization.
     *
     * @return the decision, not null
     */
    public Mandate decision() {
        return decision;
    }

    /**
     * Returns the authorization.
     *
     * @return the authorization, not null
     */
    public Authorization authorization() {
        return authorization;
    }

    /**
     * Returns the days the authorization was in force.
     *
     * @return the period, open while it still is, not null
     */
    public DateRange period() {
        return period;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AuthorizationPeriod
                && decision.equals(((AuthorizationPeriod) other).decision)
                && authorization.equals(((AuthorizationPeriod) other).authorization)
                && period.equals(((AuthorizationPeriod) other).period);
    }

    @Override
    public int hashCode() {
        return Objects.hash(decision, authorization, period);
    }

    /**
     * Returns the authorization, its resolution and its period, e.g.
     * {@code TROOPS+STAFF_OFFICERS up to 2330 from 1995-09-09 by S/RES/997 (1995), 1995-09-09/1995-10-08}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return authorization + " by " + decision.resolution().symbol() + ", " + period;
    }
}
