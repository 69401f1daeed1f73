package io.github.peacekeeping.examples.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.examples.validate.FindingLocations.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingLocationsTest {

    @TempDir
    Path dir;

    @Test
    void locatesValuesObjectsArraysAndTheDocumentItself() throws IOException {
        Path document = write("{\"a\": {\"b\": [10, {\"c\": \"x\"}]},\n \"d\": [],\n \"e~/f\": 1}");
        List<String> pointers = List.of("", "/a", "/a/b", "/a/b/0", "/a/b/1", "/a/b/1/c", "/d", "/e~0~1f");

        FindingLocations locations = FindingLocations.of(document, pointers);

        assertThat(pointers.stream().map(locations::locate)).containsExactly(at(1, 1), at(1, 7), at(1, 13), at(1, 14),
                at(1, 18), at(1, 24), at(2, 7), at(3, 10));
    }

    @Test
    void aValueTheDocumentLacksIsLocatedAtTheNearestEnclosingValue() throws IOException {
        Path document = write("{\"mandates\": [\n  {\"effective\": \"1994-04-05\"}\n]}");

        FindingLocations locations = FindingLocations.of(document, List.of("/mandates/0/expires", "/mandates/7/tasks/2",
                "/components", "no slash"));

        assertThat(locations.locate("/mandates/0/expires")).isEqualTo(at(2, 3));
        assertThat(locations.locate("/mandates/7/tasks/2")).isEqualTo(at(1, 14));
        assertThat(locations.locate("/components")).isEqualTo(at(1, 1));
        assertThat(locations.locate("no slash")).isEqualTo(at(1, 1));
    }

    @Test
    void columnsCountBytesAsTheReadersErrorsDo() throws IOException {
        // "é" is two bytes in UTF-8: the value 1 starts at byte 21, which is character 20.
        Path document = write("{\"name\": \"é\", \"x\": 1}");

        assertThat(FindingLocations.of(document, List.of("/x")).locate("/x")).isEqualTo(at(1, 21));
    }

    @Test
    void noneLocatesNothing() {
        assertThat(FindingLocations.NONE.locate("/mandates/0")).isEmpty();
        assertThat(FindingLocations.NONE.locate("")).isEmpty();
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("document.json"), json, StandardCharsets.UTF_8);
    }

    private static Optional<Location> at(int line, int column) {
        return Optional.of(new Location(line, column));
    }
}
