package io.github.peacekeeping.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A part of a resolution voted on separately, as the record names it (part B of S/RES/918 (1994), the
 * arms embargo on Rwanda, voted separately at Rwanda's request and adopted under Chapter VII): its label,
 * its vote where recorded, and whether it was adopted under Chapter VII where the record says so.
 *
 * <p>A part is judged by its vote under the resolution's {@link Resolution#votingRule() voting rule}: a part
 * that fails is not part of the resolution, while the parts that pass stand.
 *
 * <p>Construction refuses a blank label or one with blanks at its ends. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class ResolutionPart {

    ResolutionPart() {
    }

    /**
     * Returns the label of the part as the resolution writes it, e.g. {@code "B"}.
     *
     * @return the label, not blank
     */
    public abstract String label();

    /**
     * Returns the separate vote on this part.
     *
     * @return the vote, empty if not recorded
     */
    public abstract Optional<Vote> vote();

    /**
     * Returns whether this part was adopted under Chapter VII of the Charter.
     *
     * @return true or false where the record says, empty where it does not
     */
    public abstract Optional<Boolean> chapterVII();

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link ResolutionPart}: setters named after its fields ({@code label}, {@code vote},
     * {@code chapterVII}; the optional ones take null as absent), {@code from} to copy one; {@code build()}
     * checks it.
     */
    public static final class Builder extends ImmutableResolutionPart.Builder {
        Builder() {
        }
    }

    /**
     * Checks whether the record puts this part under Chapter VII.
     *
     * @return true if {@link #chapterVII()} is present and true
     */
    public boolean isUnderChapterVII() {
        return chapterVII().orElse(false);
    }

    @Value.Check
    void check() {
        Checks.text(FieldNames.LABEL, label());
    }

    /**
     * Returns the label, then the vote and Chapter VII where recorded, e.g. {@code part B, Chapter VII}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "part " + label() + vote().map(v -> ", " + v).orElse("")
                + chapterVII().map(c -> c ? ", Chapter VII" : ", not Chapter VII").orElse("");
    }
}
