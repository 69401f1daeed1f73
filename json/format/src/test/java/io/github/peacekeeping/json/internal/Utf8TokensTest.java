package io.github.peacekeeping.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.Ceilings;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.Region;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tokens as compact JSON in UTF-8: commas only between the values and names of one level, numbers
 * of every size and sign, escapes. The bindings' suite compares the whole with Jackson's generator.
 */
class Utf8TokensTest {

    private final BoundedBytes bytes = new BoundedBytes();
    private final Utf8Tokens out = new Utf8Tokens(bytes);

    private String written() throws IOException {
        out.end();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        bytes.writeTo(text);
        return text.toString(StandardCharsets.UTF_8);
    }

    @Test
    void commasSeparateTheValuesAndFieldsOfOneLevelOnly() throws IOException {
        out.startArray(7);
        Format.CEILINGS.writeValue(Ceilings.builder().military(2548).police(60).build(), out);
        Format.REGIONS.writeValue(Region.AFRICA, out);
        out.number(0);
        out.startObject();
        out.endObject();
        out.startArray(0);
        out.endArray();
        out.bool(true);
        out.bool(false);
        out.endArray();

        assertThat(written()).isEqualTo("[{\"military\":2548,\"police\":60},\"AFRICA\",0,{},[],true,false]");
    }

    @Test
    void numbersOfEverySizeAndSign() throws IOException {
        out.startArray(7);
        for (int n : new int[] {Integer.MIN_VALUE, -10, -9, -1, 9, 10, Integer.MAX_VALUE}) {
            out.number(n);
        }
        out.endArray();

        assertThat(written()).isEqualTo("[-2147483648,-10,-9,-1,9,10,2147483647]");
    }

    @Test
    void numbersAtEveryCountOfDigitsAcrossTheBuffersGrowth() throws IOException {
        // Each power of ten and the number before it, both signs: every count of digits, written until
        // the buffer has grown several times.
        StringBuilder expected = new StringBuilder("[");
        out.startArray(0);
        for (int round = 0; round < 400; round++) {
            for (long power = 1; power <= 1_000_000_000L; power *= 10) {
                for (long n : new long[] {power, power - 1, -power, 1 - power}) {
                    out.number((int) n);
                    expected.append(expected.length() == 1 ? "" : ",").append(n);
                }
            }
        }
        out.endArray();

        assertThat(written()).isEqualTo(expected.append(']').toString());
    }

    /** A token written on its own, with its text. */
    private interface Token {
        void write(Utf8Tokens out) throws IOException;
    }

    @Test
    void aTokenThatEndsExactlyAtTheReadersLimitIsWrittenAndOneByteMoreIsRefused() throws IOException {
        // Each token makes room for exactly its own bytes. The buffer is full when the token comes, so the
        // token's own reservation decides; a following token would find room already made.
        Map<String, Token> tokens = new LinkedHashMap<>();
        tokens.put("-12345", out -> out.number(-12345));
        tokens.put("\"\u00e9\\n\"", out -> out.string("\u00e9\n"));
        tokens.put("\"AFRICA\"", out -> Format.REGIONS.writeValue(Region.AFRICA, out));
        tokens.put("true", out -> out.bool(true));
        tokens.put("\"1994-04-06\"", out -> out.plainString("1994-04-06".toCharArray(), 0, 10));
        tokens.put("\"UNAMIR\"", out -> out.string("UNAMIR"));
        tokens.put("{", Utf8Tokens::startObject);
        tokens.put("{\"military\":1}", out -> Format.CEILINGS.writeValue(Ceilings.builder().military(1).build(), out));
        for (Map.Entry<String, Token> token : tokens.entrySet()) {
            int length = token.getKey().getBytes(StandardCharsets.UTF_8).length;

            BoundedBytes whole = filledUpTo((int) Limits.MAX_DOCUMENT_LENGTH - length);
            Utf8Tokens out = new Utf8Tokens(whole);
            token.getValue().write(out);
            out.end();
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            whole.writeTo(text);
            assertThat(text.size()).isEqualTo(Limits.MAX_DOCUMENT_LENGTH);
            assertThat(new String(text.toByteArray(), text.size() - length, length, StandardCharsets.UTF_8))
                    .isEqualTo(token.getKey());

            BoundedBytes over = filledUpTo((int) Limits.MAX_DOCUMENT_LENGTH - length + 1);
            assertThatThrownBy(() -> token.getValue().write(new Utf8Tokens(over))).as(token.getKey())
                    .isInstanceOf(PeacekeepingException.class)
                    .hasMessageContaining("a document must not exceed the readers' limit of 64 MiB");
        }
    }

    private static BoundedBytes filledUpTo(int size) {
        BoundedBytes bytes = new BoundedBytes();
        bytes.write(new byte[size], 0, size);
        return bytes;
    }

    @Test
    void asciiTextAndTextToEncodeAfterOneAnother() throws IOException {
        // Commas between strings whatever each needs: nothing to escape, a character in two bytes, none at
        // all, quotation marks to escape.
        out.startArray(5);
        out.string("UNAMIR");
        out.string("Rom\u00e9o Dallaire");
        out.string("");
        out.string("Kigali \"airport\"");
        out.string("Kigali");
        out.endArray();

        assertThat(written()).isEqualTo(
                "[\"UNAMIR\",\"Rom\u00e9o Dallaire\",\"\",\"Kigali \\\"airport\\\"\",\"Kigali\"]");
    }

    @Test
    void escapesAndEncodings() throws IOException {
        out.startArray(2);
        out.string("\"\\/\b\t\n\f\r\u0000\u001f\u007f é € \ud83c\udf0d");
        char[] date = out.buffer();
        "1994-04-06".getChars(0, 10, date, 0);
        out.string(date, 0, 10);
        out.plainString(date, 0, 7);
        out.endArray();

        assertThat(written()).isEqualTo("[\"\\\"\\\\/\\b\\t\\n\\f\\r\\u0000\\u001F\u007f é € \ud83c\udf0d\",\"1994-04-06\",\"1994-04\"]");
    }
}
