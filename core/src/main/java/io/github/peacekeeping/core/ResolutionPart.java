package io.github.peacekeeping.core;

import io.github.peacekeeping.core.internal.Given;
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
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutableResolutionPart.Builder generated = new ImmutableResolutionPart.Builder();

        Builder() {
        }

        /**
         * Copies the values of a resolution part into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param resolutionPart  the resolution part to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code resolutionPart} is null
         */
        public Builder from(ResolutionPart resolutionPart) {
            generated.from(Given.value("resolutionPart", resolutionPart));
            return this;
        }

        /**
         * Sets {@link ResolutionPart#label()}.
         *
         * @param label  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code label} is null
         */
        public Builder label(String label) {
            generated.label(Given.value(FieldNames.LABEL, label));
            return this;
        }

        /**
         * Sets {@link ResolutionPart#vote()}.
         *
         * @param vote  the value, null for none
         * @return this builder
         */
        public Builder vote(Vote vote) {
            generated.vote(vote);
            return this;
        }

        /**
         * Sets {@link ResolutionPart#vote()}.
         *
         * @param vote  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code vote} is null
         */
        public Builder vote(Optional<? extends Vote> vote) {
            generated.vote(Given.value(FieldNames.VOTE, vote));
            return this;
        }

        /**
         * Sets {@link ResolutionPart#chapterVII()}.
         *
         * @param chapterVII  the value, null for none
         * @return this builder
         */
        public Builder chapterVII(Boolean chapterVII) {
            generated.chapterVII(chapterVII);
            return this;
        }

        /**
         * Sets {@link ResolutionPart#chapterVII()}.
         *
         * @param chapterVII  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code chapterVII} is null
         */
        public Builder chapterVII(Optional<Boolean> chapterVII) {
            generated.chapterVII(Given.value(FieldNames.CHAPTER_VII, chapterVII));
            return this;
        }

        /**
         * Builds the resolution part and checks it.
         *
         * @return the resolution part, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public ResolutionPart build() {
            return generated.build();
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
