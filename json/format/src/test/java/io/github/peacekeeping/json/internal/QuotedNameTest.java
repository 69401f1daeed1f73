package io.github.peacekeeping.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A foreseen name compared eight bytes at a time: every length around the words' sizes, found in the
 * middle of a document and at its very end, and a difference at any byte, the closing quotation mark's
 * included, tells it apart.
 */
class QuotedNameTest {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void findsItselfAtEveryLengthWithOrWithoutBytesAfterIt() {
        for (int length = 0; length <= 26; length++) {
            String name = LETTERS.substring(0, length);
            QuotedName quoted = QuotedName.of(utf8(name));
            assertThat(quoted.length()).isEqualTo(length + 1);
            for (String after : new String[] {"", ":", ":1234567890123456}"}) {
                byte[] document = utf8("{\"" + name + "\"" + after);
                assertThat(quoted.isAt(document, 2, document.length)).as("%s then %s", name, after).isTrue();
                // Cut before its closing quotation mark, or a byte short, it is not there.
                assertThat(quoted.isAt(document, 2, 2 + length)).as("%s cut", name).isFalse();
            }
        }
    }

    @Test
    void tellsApartADifferenceAtAnyByte() {
        for (int length = 0; length <= 26; length++) {
            String name = LETTERS.substring(0, length);
            QuotedName quoted = QuotedName.of(utf8(name));
            for (String after : new String[] {"", ":1234567890123456}"}) {
                for (int at = 0; at <= length; at++) {
                    byte[] document = utf8("{\"" + name + "\"" + after);
                    // A letter changed, or the closing quotation mark where a longer name goes on.
                    document[2 + at] = (byte) (at < length ? 'A' : 'x');
                    assertThat(quoted.isAt(document, 2, document.length)).as("%s at %d then %s", name, at, after)
                            .isFalse();
                }
            }
            // A longer name that starts with this one.
            byte[] longer = utf8("{\"" + name + "s\":1234567890123456}");
            assertThat(quoted.isAt(longer, 2, longer.length)).as(name + "s").isFalse();
        }
    }

    @Test
    void comparesTheBytesOfNamesOutsideAscii() {
        QuotedName quoted = QuotedName.of(utf8("déploiement"));
        byte[] document = utf8("{\"déploiement\":1}");
        assertThat(quoted.isAt(document, 2, document.length)).isTrue();
        byte[] other = utf8("{\"dèploiement\":1}");
        assertThat(quoted.isAt(other, 2, other.length)).isFalse();
    }
}
