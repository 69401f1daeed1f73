package io.github.peacekeeping.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The detection of the encoding from the first bytes, rule by rule, as Jackson detects it. */
class EncodingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // first bytes | decoded by (UTF-8, and the byte orders of UCS-4 that JSON cannot have, by Jackson)
        "''          | Jackson",
        "7b            | Jackson",
        "7b22          | Jackson",
        "7b226e61      | Jackson",
        "efbbbf7b      | Jackson",
        "007b          | UTF-16BE",
        "7b00          | UTF-16LE",
        "007b00        | UTF-16BE",
        "007b0022      | UTF-16BE",
        "7b002200      | UTF-16LE",
        "feff007b      | UTF-16BE",
        "fffe7b00      | UTF-16LE",
        "feff          | Jackson",
        "fffe          | Jackson",
        "0000feff      | UTF-32BE",
        "fffe0000      | UTF-32LE",
        "0000007b      | UTF-32BE",
        "7b000000      | UTF-32LE",
        "00000000      | UTF-32BE",
        "007b0000      | Jackson",
        "00007b00      | Jackson",
        "0000fffe      | Jackson",
        "feff0000      | Jackson"})
    void detectsTheEncodingAsJacksonDoes(String hex, String decoder) {
        byte[] first = HexFormat.of().parseHex(hex.strip());

        Charset detected = Encodings.charset(first);

        assertThat(detected == null ? "Jackson" : detected.name()).isEqualTo(decoder);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // first bytes | the byte order of UCS-4 that JSON cannot have, in the words of Jackson 2
        "007b0000      | 3412",
        "feff0000      | 3412",
        "00007b00      | 2143",
        "0000fffe      | 2143",
        "0000007b      | none",
        "7b000000      | none",
        "0000feff      | none",
        "fffe0000      | none",
        "007b          | none",
        "7b226e61      | none"})
    void refusesTheByteOrdersOfUcs4ThatJsonCannotHave(String hex, String order) {
        byte[] first = HexFormat.of().parseHex(hex.strip());

        String detected = Encodings.unusualByteOrder(first);

        assertThat(detected == null ? "none" : detected).isEqualTo(order);
    }
}
