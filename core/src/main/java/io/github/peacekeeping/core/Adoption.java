package io.github.peacekeeping.core;

/**
 * How a resolution was adopted, as the record states it.
 *
 * <p>The Dag Hammarskjöld Library's table of Security Council meetings gives a tally for most resolutions
 * and "without vote" for some, such as S/RES/918 (1994) on Rwanda; the General Assembly adopts many
 * resolutions without a vote or by consensus. A decision adopted without a vote or by consensus has no
 * tally to judge: it was adopted.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Adoption {
    /** Adopted by a vote, whether or not its tally is recorded. */
    VOTE,
    /** Adopted without a vote, as S/RES/918 (1994) was as a whole; no tally exists. */
    WITHOUT_VOTE,
    /** Adopted by consensus; no tally exists. */
    CONSENSUS,
    /**
     * Voted part by part (Security Council provisional rule of procedure 32: parts of a draft resolution
     * are voted on separately at the request of any representative); the parts are in
     * {@link Resolution#parts()}, each with its own vote where recorded.
     */
    PARTS
}
