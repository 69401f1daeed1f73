package io.github.peacekeeping.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every message is one line of one template, its echoed values cut. */
class MessagesTest {

    @Test
    void composesTheTemplate() {
        assertThat(Messages.compose("Unknown field \"x\"", List.of("a", "b"), "mandates[0]", 5, 7))
                .isEqualTo("Unknown field \"x\" at mandates[0] (line 5, column 7); expected one of: a, b");
        assertThat(Messages.compose("Missing value for name (required)", List.of(), "$", -1, -1))
                .isEqualTo("Missing value for name (required) at $");
    }

    @Test
    void escapesWhatBreaksALineOrIsNoUnicode() {
        assertThat(Messages.oneLine("a\nb\rc\td\u0085e\u2028f\u2029g\u000bh\ud800i\ud83c\udf0dj"))
                .isEqualTo("a\\nb\\rc\\td\\u0085e\\u2028f\\u2029g\\u000bh\\ud800i\ud83c\udf0dj");
        assertThat(Messages.oneLine("plain")).isEqualTo("plain");
    }

    @Test
    void quotesAndCutsText() {
        assertThat(Messages.quote(null)).isEqualTo("null");
        assertThat(Messages.quote("say \"hi\" \\ now")).isEqualTo("\"say \\\"hi\\\" \\\\ now\"");
        assertThat(Messages.quote("x".repeat(60))).isEqualTo("\"" + "x".repeat(60) + "\"");
        assertThat(Messages.quote("x".repeat(61))).isEqualTo("\"" + "x".repeat(60) + "...\"");
        // Not between the halves of a pair: the pair is left out whole.
        assertThat(Messages.quote("x".repeat(59) + "\ud83c\udf0d" + "y")).isEqualTo("\"" + "x".repeat(59) + "...\"");
        assertThat(Messages.cut("1".repeat(61))).isEqualTo("1".repeat(60) + "...");
        assertThat(Messages.cut("1e10")).isEqualTo("1e10");
    }

    @Test
    void cutsTheModelsValuesWithoutBreakingAnEscape() {
        PeacekeepingException longText = new PeacekeepingException("name", "\n".repeat(100), "must not be blank");
        PeacekeepingException shortText = new PeacekeepingException("name", "a\u0001b", "must not be blank");

        assertThat(Messages.model(longText, null))
                .isEqualTo("Invalid value for name: \"" + "\\n".repeat(60) + "...\" (must not be blank)");
        assertThat(Messages.model(shortText, "acronym")).isEqualTo("Invalid value for acronym: \"a\\u0001b\" (must not be blank)");
        assertThat(Messages.model(new PeacekeepingException("total", -1, "must not be negative"), null))
                .isEqualTo("Invalid value for total: -1 (must not be negative)");
        assertThat(Messages.model(new MissingValueException("name", "region"), null))
                .isEqualTo("Missing value for name, region (required)");
    }
}
