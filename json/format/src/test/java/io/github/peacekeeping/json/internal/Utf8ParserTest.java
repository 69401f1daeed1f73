package io.github.peacekeeping.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The library's own parser of UTF-8 documents: the tokens, names, characters and numbers of what it
 * reads, and the documents it leaves to the binding's parser. The suites of both bindings then read every
 * document of their tests through it and compare with Jackson (the fuzz test reads each mutated document
 * from its bytes and from its text).
 */
class Utf8ParserTest {

    private static Utf8Parser parser(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new Utf8Parser(bytes, bytes.length);
    }

    private static Utf8Parser parser(byte[] bytes) {
        return new Utf8Parser(bytes, bytes.length);
    }

    /** Every token of a document, each as its kind and text, with the context of names. */
    private static List<String> tokens(Utf8Parser in) {
        List<String> tokens = new ArrayList<>();
        for (Token token = in.next(); token != null; token = in.next()) {
            tokens.add(token + " " + in.text());
        }
        return tokens;
    }

    private static List<String> tokens(String json) {
        return tokens(parser(json));
    }

    @Test
    void readsEveryKindOfTokenWithItsText() {
        assertThat(tokens(" {\"a\" : [1, -0, 2147483647, 1.5e-3, \"x\", true, false, null, {}, []],\r\n\t\"b\":{}} "))
                .containsExactly("START_OBJECT {", "NAME a", "START_ARRAY [", "INTEGER 1", "INTEGER -0",
                        "INTEGER 2147483647", "DECIMAL 1.5e-3", "STRING x", "TRUE true", "FALSE false",
                        "NULL null", "START_OBJECT {", "END_OBJECT }", "START_ARRAY [", "END_ARRAY ]",
                        "END_ARRAY ]", "NAME b", "START_OBJECT {", "END_OBJECT }", "END_OBJECT }");
        assertThat(tokens("\"alone\"")).containsExactly("STRING alone");
        assertThat(tokens("  42\n")).containsExactly("INTEGER 42");
        assertThat(tokens(" \n ")).isEmpty();
    }

    @Test
    void readsEscapesAndUtf8ToTheCharactersJacksonReads() {
        String json = "\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9\\u00C9 \\u20AC é € 😀 \u007f\"";
        Utf8Parser in = parser(json);
        assertThat(in.next()).isEqualTo(Token.STRING);
        assertThat(in.text()).isEqualTo("q\" b\\ s/ \b\f\n\r\t éÉ € é € 😀 \u007f");
        assertThat(new String(in.textCharacters(), in.textOffset(), in.textLength())).isEqualTo(in.text());
        // A name read without its symbol, escaped, is the same name.
        in = parser("{\"n\\u0061me\":1}");
        in.next();
        assertThat(in.nextName()).isEqualTo("name");
    }

    /** Jackson refuses some escaped surrogates (in names: a pair broken); they are all left to it. */
    @ParameterizedTest
    @ValueSource(strings = {"\"\\ud83d\\ude00\"", "\"\\ud800\"", "\"\\uDFFF\"", "{\"\\ud800\":1}"})
    void leavesEscapedSurrogatesToTheBinding(String json) {
        assertThatThrownBy(() -> tokens(json)).isSameAs(Utf8Parser.UNREADABLE);
    }

    @Test
    void readsLongStringsWithAndWithoutEscapes() {
        String plain = "a".repeat(5000);
        String mixed = "é\\n".repeat(1000);
        assertThat(tokens("[\"" + plain + "\",\"" + mixed + "\"]"))
                .containsExactly("START_ARRAY [", "STRING " + plain, "STRING " + "é\n".repeat(1000), "END_ARRAY ]");
    }

    /**
     * A plain string is widened into the characters' buffer as it is scanned: every length around the
     * buffer's first sizes (64, 128, 256 characters) reads whole, with an escape after it, and one that
     * the document cuts before its closing quotation mark is left to the binding.
     */
    @Test
    void growsItsCharactersAtEveryLengthOfAPlainString() {
        for (int length = 0; length <= 300; length++) {
            String plain = "x".repeat(length);
            assertThat(tokens("[\"" + plain + "\"]")).as("%d", length)
                    .containsExactly("START_ARRAY [", "STRING " + plain, "END_ARRAY ]");
            assertThat(tokens("\"" + plain + "\\t\"")).as("%d", length).containsExactly("STRING " + plain + "\t");
            assertThatThrownBy(() -> tokens("\"" + plain)).as("%d", length).isSameAs(Utf8Parser.UNREADABLE);
        }
    }

    /** Every length of a string, and an escape or a special byte at every place in it. */
    @Test
    void findsWhatEndsOrInterruptsAStringWhereverItFalls() {
        for (int length = 0; length <= 20; length++) {
            String plain = "abcdefghijklmnopqrstuvwxyz".substring(0, length);
            assertThat(tokens("[\"" + plain + "\"]")).as(plain).containsExactly("START_ARRAY [", "STRING " + plain, "END_ARRAY ]");
            for (int at = 0; at < length; at++) {
                String before = plain.substring(0, at);
                String after = plain.substring(at);
                assertThat(tokens("\"" + before + "\\\"" + after + "\"")).containsExactly("STRING " + before + "\"" + after);
                assertThat(tokens("\"" + before + "\\\\" + after + "\"")).containsExactly("STRING " + before + "\\" + after);
                assertThat(tokens("\"" + before + "é~\u007f" + after + "\"")).containsExactly("STRING " + before + "é~\u007f" + after);
                for (char control : new char[] {0, '\t', '\n', 0x1f}) {
                    String json = "\"" + before + control + after + "\"";
                    assertThatThrownBy(() -> tokens(json)).isSameAs(Utf8Parser.UNREADABLE);
                }
            }
        }
    }

    @Test
    void readsNumbersExactly() {
        Utf8Parser in = parser("[2147483647, -2147483648, 2147483648, -2147483649, 999999999999999999, 7.25, 1E+2]");
        in.next();
        assertThat(in.next()).isEqualTo(Token.INTEGER);
        assertThat(in.isInt()).isTrue();
        assertThat(in.intValue()).isEqualTo(Integer.MAX_VALUE);
        in.next();
        assertThat(in.intValue()).isEqualTo(Integer.MIN_VALUE);
        in.next();
        assertThat(in.isInt()).isFalse();
        assertThat(in.decimalValue()).isEqualTo(new BigDecimal("2147483648"));
        in.next();
        assertThat(in.isInt()).isFalse();
        in.next();
        assertThat(in.isInt()).isFalse();
        assertThat(in.text()).isEqualTo("999999999999999999");
        assertThat(in.next()).isEqualTo(Token.DECIMAL);
        assertThat(in.isInt()).isFalse();
        assertThat(in.decimalValue()).isEqualTo(new BigDecimal("7.25"));
        in.next();
        assertThat(in.decimalValue()).isEqualTo(new BigDecimal("1E+2"));
        assertThatThrownBy(in::intValue).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void foreseesANameByItsBytesAndReadsAnyOtherName() throws IOException {
        WireObject<?, ?> mission = Format.MISSION;
        int acronym = mission.names().indexOf("acronym");
        // The declared name itself when foreseen rightly, as the format's readers compare it by identity.
        String declared = mission.names().get(acronym);
        Utf8Parser in = parser("{\"acronym\":\"UNAMIR\", \"acronyms\":1, \"acronym\" :2, \"acro\":3}");
        in.next();
        assertThat(mission.nextName(in, acronym)).isSameAs(declared);
        in.next();
        assertThat(mission.nextName(in, acronym)).isEqualTo("acronyms").isNotSameAs(declared);
        in.next();
        assertThat(mission.nextName(in, acronym)).isSameAs(declared);
        assertThat(in.next()).isEqualTo(Token.INTEGER);
        assertThat(mission.nextName(in, acronym)).isEqualTo("acro");
        in.next();
        assertThat(mission.nextName(in, acronym)).isNull();
        assertThat(in.current()).isEqualTo(Token.END_OBJECT);
        assertThat(in.next()).isNull();
    }

    @Test
    void knowsTheContextOfEachTokenAsJacksonDoes() {
        Utf8Parser in = parser("{\"a\":[{\"b\":[10,20]}]}");
        assertThat(in.depth()).isZero();
        in.next();
        assertThat(in.depth()).isEqualTo(1);
        assertThat(in.name(1)).isNull();
        in.next();
        assertThat(in.name(1)).isEqualTo("a");
        in.next();
        assertThat(in.inArray(2)).isTrue();
        assertThat(in.index(2)).isEqualTo(-1);
        in.next();
        assertThat(in.index(2)).isZero();
        assertThat(in.depth()).isEqualTo(3);
        in.next();
        in.next();
        in.next();
        assertThat(in.intValue()).isEqualTo(10);
        assertThat(in.index(4)).isZero();
        in.next();
        assertThat(in.intValue()).isEqualTo(20);
        assertThat(in.index(4)).isEqualTo(1);
        assertThat(in.inArray(1)).isFalse();
        assertThat(in.name(3)).isEqualTo("b");
        assertThat(in.next()).isEqualTo(Token.END_ARRAY);
        assertThat(in.depth()).isEqualTo(3);
    }

    @Test
    void countsLinesAsJacksonDoes() {
        Utf8Parser in = parser("[1,\n2,\r\n3,\r4]");
        List<Integer> lines = new ArrayList<>();
        for (Token token = in.next(); token != null; token = in.next()) {
            lines.add(Positions.line(in.position()));
        }
        assertThat(lines).containsExactly(1, 1, 2, 3, 4, 4);
        Utf8Parser seven = parser("  7");
        seven.next();
        assertThat(Positions.column(seven.position())).isEqualTo(2);
        assertThat(Positions.column(seven.location())).isEqualTo(3);
    }

    @Test
    void skipsAValueWhole() {
        Utf8Parser in = parser("{\"skip\":{\"a\":[1,{\"b\":null}],\"c\":\"}\"},\"next\":true}");
        in.next();
        in.nextName();
        in.next();
        in.skipChildren();
        assertThat(in.current()).isEqualTo(Token.END_OBJECT);
        assertThat(in.nextName()).isEqualTo("next");
        assertThat(in.next()).isEqualTo(Token.TRUE);
    }

    @Test
    void leavesOutAByteOrderMarkInFourBytesOrMoreAsJacksonDoes() {
        byte[] json = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '[', ']'};
        assertThat(tokens(parser(json))).containsExactly("START_ARRAY [", "END_ARRAY ]");
        byte[] three = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        assertThatThrownBy(() -> tokens(parser(three))).isSameAs(Utf8Parser.UNREADABLE);
    }

    /** Malformed JSON (RFC 8259), and what Jackson's defaults leave off. */
    @ParameterizedTest
    @ValueSource(strings = {"{", "[1", "[1,]", "[,1]", "[1 2]", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":}", "{,}",
        "{\"a\":1 \"b\":2}", "{a:1}", "{'a':1}", "['a']", "[01]", "[-01]", "[1.]", "[.5]", "[-]", "[1e]",
        "[1e+]", "[+1]", "[NaN]", "[Infinity]", "[tru]", "[truex]", "[nul]", "[1x]", "[1}", "{\"a\":1]",
        "\"open", "\"bad \\x escape\"", "\"bad \\u12g4 escape\"", "\"\\u12\"", "/* comment */ 1", "1 // comment",
        "# comment\n1", "[1] [2]", "1 2", "{} x", "]", "}", ":", ",", "\"tab\there\"", "\"line\nbreak\""})
    void leavesMalformedJsonToTheBinding(String json) {
        assertThatThrownBy(() -> tokens(json)).isSameAs(Utf8Parser.UNREADABLE);
    }

    /** UTF-8 that is not in its shortest form, encodes a surrogate or more than U+10FFFF, or is cut. */
    @ParameterizedTest
    @ValueSource(strings = {"c0 80", "c1 bf", "e0 80 80", "e0 9f bf", "ed a0 80", "ed bf bf", "f0 80 80 80",
        "f0 8f bf bf", "f4 90 80 80", "f5 80 80 80", "ff", "80", "bf", "c3", "e2 82", "f0 9f 98", "c3 28",
        "e2 28 a1", "e2 82 28"})
    void leavesInvalidUtf8ToTheBinding(String hex) {
        assertThatThrownBy(() -> tokens(parser(string(hex)))).isSameAs(Utf8Parser.UNREADABLE);
    }

    /** The same bytes read when they are valid: the first and last code points of each length. */
    @ParameterizedTest
    @ValueSource(strings = {"c2 80", "df bf", "e0 a0 80", "ed 9f bf", "ee 80 80", "ef bf bf", "f0 90 80 80",
        "f4 8f bf bf"})
    void readsValidUtf8(String hex) {
        Utf8Parser in = parser(string(hex));
        assertThat(in.next()).isEqualTo(Token.STRING);
        byte[] bytes = string(hex);
        assertThat(in.text()).isEqualTo(new String(bytes, 1, bytes.length - 2, StandardCharsets.UTF_8));
    }

    /** A string in quotes whose content is the given bytes, in hexadecimal. */
    private static byte[] string(String hex) {
        String[] parts = hex.split(" ");
        byte[] bytes = new byte[parts.length + 2];
        bytes[0] = '"';
        for (int i = 0; i < parts.length; i++) {
            bytes[i + 1] = (byte) Integer.parseInt(parts[i], 16);
        }
        bytes[bytes.length - 1] = '"';
        return bytes;
    }

    @Test
    void leavesWhitespaceOutsideJsonsAndControlCharactersToTheBinding() {
        assertThatThrownBy(() -> tokens("[1,\u000b2]")).isSameAs(Utf8Parser.UNREADABLE);
        assertThatThrownBy(() -> tokens("[1,\u00a02]")).isSameAs(Utf8Parser.UNREADABLE);
        assertThatThrownBy(() -> tokens("\u0000")).isSameAs(Utf8Parser.UNREADABLE);
    }

    @Test
    void leavesEverythingAtOrNearTheReadersLimitsToTheBinding() {
        String longest = "b".repeat(Limits.MAX_STRING_LENGTH - 1);
        assertThat(tokens("\"" + longest + "\"")).containsExactly("STRING " + longest);
        assertThatThrownBy(() -> tokens("\"" + longest + "b\"")).isSameAs(Utf8Parser.UNREADABLE);
        // Counted in bytes, which are at least as many as characters: a string of fewer characters may go too.
        assertThatThrownBy(() -> tokens("\"" + "é".repeat(Limits.MAX_STRING_LENGTH / 2) + "\""))
                .isSameAs(Utf8Parser.UNREADABLE);
        String name = "n".repeat(Limits.MAX_NAME_LENGTH - 1);
        assertThat(tokens("{\"" + name + "\":1}")).contains("NAME " + name);
        assertThatThrownBy(() -> tokens("{\"" + name + "n\":1}")).isSameAs(Utf8Parser.UNREADABLE);
        String number = "1".repeat(Utf8Parser.LONG_DIGITS);
        assertThat(tokens(number)).containsExactly("INTEGER " + number);
        assertThatThrownBy(() -> tokens(number + "1")).isSameAs(Utf8Parser.UNREADABLE);
        String decimal = "0." + "5".repeat(Limits.MAX_NUMBER_LENGTH - 3);
        assertThat(tokens(decimal)).containsExactly("DECIMAL " + decimal);
        assertThatThrownBy(() -> tokens(decimal + "5")).isSameAs(Utf8Parser.UNREADABLE);
        String deepest = "[".repeat(Limits.MAX_NESTING_DEPTH - 1) + "]".repeat(Limits.MAX_NESTING_DEPTH - 1);
        assertThat(tokens(deepest)).hasSize(2 * (Limits.MAX_NESTING_DEPTH - 1));
        assertThatThrownBy(() -> tokens("[" + deepest + "]")).isSameAs(Utf8Parser.UNREADABLE);
    }

    @Test
    void refusesAskingForANumberOfAnotherToken() {
        Utf8Parser in = parser("\"1\"");
        in.next();
        assertThat(in.isInt()).isFalse();
        assertThatThrownBy(in::decimalValue).isInstanceOf(IllegalStateException.class);
    }
}
