package io.github.peacekeeping.json.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.Mission;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A compact mission document written to a stream is written without Jackson's generator, straight into
 * bytes; as text it is written by the generator. Both must be the same text, byte for byte, for every
 * character a value can hold: each of the 63,488 characters of the Basic Multilingual Plane that are
 * not surrogates, and characters beyond it as surrogate pairs, in names, and every sample mission.
 */
class CompactBytesTest {

    /** The characters from one to another, surrogates left out, framed by letters (names are stripped). */
    private static String characters(int from, int to) {
        StringBuilder text = new StringBuilder("a");
        for (int c = from; c < to; c++) {
            if (!Character.isSurrogate((char) c)) {
                text.append((char) c);
            }
        }
        return text.append('z').toString();
    }

    /** The BMP in pieces of at most 8,192 characters: a name holds at most 10,000. */
    static List<String> pieces() {
        List<String> pieces = new ArrayList<>();
        for (int from = 0; from < 0x10000; from += 0x2000) {
            pieces.add(characters(from, from + 0x2000));
        }
        pieces.add("a\ud83c\udf0d \ud835\udd04\ud800\udc00\udbff\udfffz");
        return pieces;
    }

    private static void assertSameText(Mission mission) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Wire.JSON.writeMission(mission, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(Wire.JSON.writeMission(mission));
    }

    @ParameterizedTest
    @MethodSource("pieces")
    void everyCharacterIsWrittenAsTheGeneratorWritesIt(String text) throws IOException {
        Mission sample = Samples.fullMission();
        Mission mission = Mission.builder().from(sample).name(text)
                .leadership(sample.leadership().stream()
                        .map(a -> Appointment.builder().from(a).name(text).build())
                        .collect(Collectors.toList()))
                .build();

        assertSameText(mission);
    }

    @Test
    void everySampleIsWrittenAsTheGeneratorWritesIt() throws IOException {
        assertSameText(Samples.fullMission());
        assertSameText(Samples.minimalMission());
    }
}
