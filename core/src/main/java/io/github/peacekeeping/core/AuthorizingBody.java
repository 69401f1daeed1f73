package io.github.peacekeeping.core;

/**
 * The organ of the United Nations that adopted a resolution. Almost every mandate comes from the
 * Security Council, but the General Assembly authorized UNEF I in 1956 (resolutions 998, 1000 and
 * 1001 (ES-I), under "Uniting for Peace") and UNSF in West New Guinea in 1962.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AuthorizingBody {
    /** The Security Council: symbols {@code S/RES/872 (1993)}. */
    SECURITY_COUNCIL,
    /** The General Assembly: symbols {@code A/RES/1000 (ES-I)} and, since 1976, {@code A/RES/31/1}. */
    GENERAL_ASSEMBLY
}
