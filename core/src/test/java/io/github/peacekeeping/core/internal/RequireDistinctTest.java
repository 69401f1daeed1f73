package io.github.peacekeeping.core.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.PeacekeepingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Require#distinct} compares pairs in short lists and hashes long ones: both ways find the same
 * repeat, name the same value, and accept the same lists, at every length around the switch.
 */
class RequireDistinctTest {

    private static List<String> codes(int count) {
        List<String> codes = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> codes.add("C" + i));
        return codes;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 15, 16, 17, 40})
    void acceptsValuesThatAreAllDifferent(int count) {
        assertThatCode(() -> Require.distinct("hosts", codes(count))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 15, 16, 17, 40})
    void namesTheFirstValueSeenAgain(int count) {
        List<String> codes = codes(count);
        codes.set(count - 1, "C0");
        if (count > 2) {
            codes.set(count - 2, "C1");
        }
        // C1 comes back before C0 does, so C1 is the repeat found first.
        String repeat = count > 2 ? "C1" : "C0";
        assertThatThrownBy(() -> Require.distinct("hosts", codes))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessageEndingWith("(must not repeat " + repeat + ")");
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 17})
    void aNullIsAValueLikeAnyOther(int count) {
        List<String> codes = codes(count);
        assertThatCode(() -> Require.distinct("hosts", withNullAt(codes, 1))).doesNotThrowAnyException();
        List<String> twoNulls = withNullAt(withNullAt(codes, 0), 2);
        assertThatThrownBy(() -> Require.distinct("hosts", twoNulls))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessageEndingWith("(must not repeat null)");
    }

    private static List<String> withNullAt(List<String> codes, int index) {
        List<String> copy = new ArrayList<>(codes);
        copy.set(index, null);
        return Arrays.asList(copy.toArray(new String[0]));
    }
}
