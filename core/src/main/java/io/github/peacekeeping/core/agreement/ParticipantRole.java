package io.github.peacekeeping.core.agreement;

/**
 * The part an actor plays in a peace agreement: a party to it, or a third party in one of the roles that
 * agreements and the PA-X Peace Agreements Database name.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ParticipantRole {
    /** A party: a state's government or a group that signs or agrees to the text. */
    PARTY,
    /** A mediator of the negotiations (the United States for the New York Accords of 1988). */
    MEDIATOR,
    /** A facilitator of the negotiations (Tanzania, whose President hosted the Arusha talks). */
    FACILITATOR,
    /** A guarantor of the agreement's implementation (Sudan and Uganda for the Revitalized Agreement of 2018). */
    GUARANTOR,
    /** A witness who signed the text as such. */
    WITNESS,
    /** An observer of the negotiations, as the text names them (eight states at Arusha). */
    OBSERVER,
    /** An author of a settlement proposal (the five Western states of S/12636, 1978). */
    PROPOSER,
    /**
     * Named as present at the negotiations in no other role: at Arusha, the Secretaries-General of the OAU and
     * of the United Nations, "in the presence of" whom the talks were held.
     */
    PRESENT;

    /**
     * Checks whether this is the role of a third party, anyone but a party.
     *
     * @return true for every role but {@link #PARTY}
     */
    public boolean isThirdParty() {
        return this != PARTY;
    }
}
