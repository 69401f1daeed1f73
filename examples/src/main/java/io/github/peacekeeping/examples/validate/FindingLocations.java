package io.github.peacekeeping.examples.validate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the values that findings point at stand in a mission document: the line and column of the
 * value at a JSON Pointer, found by streaming the document once with Jackson's {@link JsonParser} and
 * noting the location of each value whose pointer is asked for.
 *
 * <p>A finding may point at a value the document does not hold (an absent optional field, such as the
 * {@code expires} of a decision that leaves its period open): its location is then that of the nearest
 * enclosing value the document holds, such as the decision's object. Columns count bytes, as Jackson does
 * for byte input and as the reader's errors do for a file.
 *
 * <p>This class is immutable and thread-safe.
 */
final class FindingLocations {

    /** Thread-safe; the document was already read within the wire format's limits. */
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * A line and a column, both from 1.
     *
     * @param line    the line
     * @param column  the column, in bytes
     */
    record Location(int line, int column) {
    }

    /** No location known. */
    static final FindingLocations NONE = new FindingLocations(Map.of());

    private final Map<String, Location> byPointer;

    private FindingLocations(Map<String, Location> byPointer) {
        this.byPointer = byPointer;
    }

    /**
     * Finds the locations of values in a document.
     *
     * @param document  the JSON document, not null
     * @param pointers  the JSON Pointers to locate, not null
     * @return the locations, not null
     * @throws IOException if the document cannot be read or is not JSON
     */
    static FindingLocations of(Path document, Collection<String> pointers) throws IOException {
        // Every enclosing value too, for the pointers the document does not hold.
        Set<String> wanted = new HashSet<>();
        for (String pointer : pointers) {
            for (String p = pointer; wanted.add(p) && !p.isEmpty(); ) {
                p = parent(p);
            }
        }
        Map<String, Location> found = new HashMap<>();
        try (InputStream in = Files.newInputStream(document); JsonParser parser = JSON.createParser(in)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                // At the start of an object or array the context is the new one's, whose pointer is its own.
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (wanted.contains(pointer)) {
                    JsonLocation at = parser.currentTokenLocation();
                    found.putIfAbsent(pointer, new Location(at.getLineNr(), at.getColumnNr()));
                }
            }
        }
        return new FindingLocations(found);
    }

    /**
     * Returns the location of the value at a pointer, or of the nearest enclosing value the document holds.
     *
     * @param pointer  a JSON Pointer that was asked for, not null
     * @return the location, empty if not even the document's root was found
     */
    Optional<Location> locate(String pointer) {
        for (String p = pointer; ; p = parent(p)) {
            Location location = byPointer.get(p);
            if (location != null || p.isEmpty()) {
                return Optional.ofNullable(location);
            }
        }
    }

    /** The pointer of the enclosing value; the document's own, the empty pointer, for what has no slash. */
    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
