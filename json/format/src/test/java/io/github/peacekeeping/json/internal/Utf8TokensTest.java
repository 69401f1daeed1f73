package io.github.peacekeeping.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.Ceilings;
import io.github.peacekeeping.core.Region;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    void escapesAndEncodings() throws IOException {
        out.startArray(2);
        out.string("\"\\/\b\t\n\f\r\u0000\u001f\u007f é € \ud83c\udf0d");
        char[] date = out.buffer();
        "1994-04-06".getChars(0, 10, date, 0);
        out.string(date, 0, 10);
        out.endArray();

        assertThat(written()).isEqualTo("[\"\\\"\\\\/\\b\\t\\n\\f\\r\\u0000\\u001F\u007f é € \ud83c\udf0d\",\"1994-04-06\"]");
    }
}
