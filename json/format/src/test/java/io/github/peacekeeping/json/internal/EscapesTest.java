package io.github.peacekeeping.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one table of JSON's escapes that the parser reads and the writer writes. */
class EscapesTest {

    @Test
    void everyCharacterThatIsWrittenWithAShortEscapeIsReadBackFromIt() {
        byte[] encoding = Escapes.encoding();
        char[] decoding = Escapes.decoding();
        int shortEscapes = 0;
        for (char c = 0; c < 0x80; c++) {
            byte letter = encoding[c];
            boolean mustEscape = c < 0x20 || c == '"' || c == '\\';
            assertThat(letter != 0).as("%d", (int) c).isEqualTo(mustEscape);
            if (letter != 0 && letter != 'u') {
                assertThat(decoding[letter]).as("%d", (int) c).isEqualTo(c);
                shortEscapes++;
            }
        }
        // b, t, n, f, r, the quotation mark and the backslash; the solidus is written as it is.
        assertThat(shortEscapes).isEqualTo(7);
        assertThat(encoding['\n']).isEqualTo((byte) 'n');
        assertThat(encoding[0x1f]).isEqualTo((byte) 'u');
        assertThat(encoding['/']).isZero();
        assertThat(decoding['/']).isEqualTo('/');
        assertThat(decoding['u']).isEqualTo((char) 0);
        assertThat(decoding['a']).isEqualTo((char) 0);
    }

    @Test
    void eachCallGivesATableOfItsOwn() {
        Escapes.encoding()['a'] = 'x';
        Escapes.decoding()['a'] = 'x';
        assertThat(Escapes.encoding()['a']).isZero();
        assertThat(Escapes.decoding()['a']).isEqualTo((char) 0);
    }

    @Test
    void aTextIsPlainWhenNoCharacterOfItNeedsAnEscape() {
        assertThat(Escapes.plain("MINUSMA / 2013 é €")).isTrue();
        assertThat(Escapes.plain("")).isTrue();
        assertThat(Escapes.plain("a\"b")).isFalse();
        assertThat(Escapes.plain("a\\b")).isFalse();
        assertThat(Escapes.plain("a\u001fb")).isFalse();
        assertThat(Escapes.plain("\u007f")).isTrue();
    }
}
