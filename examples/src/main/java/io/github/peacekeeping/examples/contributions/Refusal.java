package io.github.peacekeeping.examples.contributions;

import io.github.peacekeeping.examples.Messages;
import java.util.Objects;

/**
 * A row of a contribution file that was not imported, and why: {@code line 12: Troops Male 5 + Female 1
 * is not Total 7}. Nothing is dropped without one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param line    the row's line number in the file, the header being line 1
 * @param reason  why the row was refused, naming the column and the value, not null; on one line, the
 *                file's own text escaped as {@link Messages#oneLine(String)} does
 */
public record Refusal(long line, String reason) {

    /**
     * Creates a refusal.
     *
     * @param line    the row's line number
     * @param reason  why, not null; control characters and line separators it quotes from the file are escaped
     */
    public Refusal {
        reason = Messages.oneLine(Objects.requireNonNull(reason, "reason"));
    }

    /**
     * Returns the refusal as one line, {@code line N: reason}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
