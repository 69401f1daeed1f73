package io.github.peacekeeping.core.agreement;

/**
 * Whether a text was agreed by its parties or put to them by others.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AgreementKind {
    /**
     * Signed or otherwise agreed by its parties: the Arusha Peace Agreement of 4 August 1993, the New York
     * Accords of 22 December 1988, the Revitalized Agreement of 12 September 2018.
     */
    AGREEMENT,
    /**
     * A settlement put forward by third parties for the parties to accept: the proposal for a settlement of
     * the Namibian situation that Canada, France, the Federal Republic of Germany, the United Kingdom and the
     * United States transmitted to the Security Council on 10 April 1978 (S/12636), which resolution 435
     * (1978) approved and UNTAG was established to carry out. Its date is the date of the document.
     */
    PROPOSAL
}
