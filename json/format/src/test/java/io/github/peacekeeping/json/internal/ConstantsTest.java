package io.github.peacekeeping.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.MandateTask;
import io.github.peacekeeping.core.Region;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Constants read from the parser's characters: every name finds its constant wherever it sits in the
 * parser's buffer, names that share the characters the hash looks at are told apart by the whole name,
 * and anything else is refused with the names expected.
 */
class ConstantsTest {

    /** A reader on one string token, whose characters sit in a larger buffer, as a parser's do. */
    private static final class OnString implements TokenReader {

        private final char[] buffer;
        private final int offset;
        private final int length;

        OnString(String text) {
            this.buffer = ("<<" + text + ">>").toCharArray();
            this.offset = 2;
            this.length = text.length();
        }

        @Override public Token next() { throw new UnsupportedOperationException(); }
        @Override public String nextName() { throw new UnsupportedOperationException(); }
        @Override public Token current() { return Token.STRING; }
        @Override public String text() { return new String(buffer, offset, length); }
        @Override public char[] textCharacters() { return buffer; }
        @Override public int textOffset() { return offset; }
        @Override public int textLength() { return length; }
        @Override public boolean isInt() { return false; }
        @Override public int intValue() { throw new UnsupportedOperationException(); }
        @Override public BigDecimal decimalValue() { throw new UnsupportedOperationException(); }
        @Override public void skipChildren() { throw new UnsupportedOperationException(); }
        @Override public long position() { return Positions.UNKNOWN; }
        @Override public long location() { return Positions.UNKNOWN; }
        @Override public int depth() { return 0; }
        @Override public boolean inArray(int level) { return false; }
        @Override public int index(int level) { return 0; }
        @Override public String name(int level) { return null; }
    }

    private static <E> E read(Constants<E> constants, String text) throws IOException {
        return constants.read(new OnString(text), "field", new Reading(true, null));
    }

    /** Every set of constants that the format declares, by the name of its declaration. */
    @SuppressWarnings("unchecked")
    private static Map<String, Constants<Object>> formatConstants() throws IllegalAccessException {
        Map<String, Constants<Object>> all = new LinkedHashMap<>();
        for (java.lang.reflect.Field declared : Format.class.getFields()) {
            if (declared.getType() == Constants.class) {
                all.put(declared.getName(), (Constants<Object>) declared.get(null));
            }
        }
        return all;
    }

    @Test
    void everyNameOfEveryConstantsOfTheFormatReadsTheConstantWrittenByThatName() throws Exception {
        int checked = 0;
        for (Map.Entry<String, Constants<Object>> constants : formatConstants().entrySet()) {
            for (String name : constants.getValue().names()) {
                assertThat(written(constants.getValue(), read(constants.getValue(), name))).as(constants.getKey())
                        .isEqualTo("\"" + name + "\"");
                checked++;
            }
        }
        // Every enum of the format, MandateTask's long names among them.
        assertThat(checked).isGreaterThan(MandateTask.values().length + Region.values().length);
    }

    private static String written(Constants<Object> constants, Object value) throws IOException {
        BoundedBytes bytes = new BoundedBytes();
        Utf8Tokens.write(constants, value, bytes);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        bytes.writeTo(text);
        return text.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aNameThatSharesTheHashedCharactersOfAConstantIsRefused() throws Exception {
        // The hash looks at the length and the first, quarter, middle and last characters: a text that
        // differs from a name elsewhere has the name's hash, and only the whole comparison refuses it.
        int checked = 0;
        for (Constants<Object> constants : formatConstants().values()) {
            for (String name : constants.names()) {
                int length = name.length();
                List<Integer> hashed = List.of(0, length >>> 2, length >>> 1, length - 1);
                for (int i = 0; i < length; i++) {
                    if (!hashed.contains(i)) {
                        String variant = name.substring(0, i) + '~' + name.substring(i + 1);
                        assertThatThrownBy(() -> read(constants, variant)).isInstanceOfSatisfying(ReadFailure.class,
                                e -> assertThat(e.problem()).isEqualTo("Unknown value \"" + variant + "\" for field"));
                        checked++;
                        break;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(MandateTask.values().length);
    }

    @Test
    void theEmptyStringAndPrefixesOfANameAreRefused() {
        for (String text : new String[] {"", "TROOP", "TROOPSS", "troops"}) {
            assertThatThrownBy(() -> read(Format.CATEGORIES, text))
                    .isInstanceOfSatisfying(ReadFailure.class,
                            e -> assertThat(e.problem()).startsWith("Unknown value \"" + text + "\""));
        }
    }
}
