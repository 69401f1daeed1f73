package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of a mission of the wire format, as a resource of this module: read
 * here, it is readable on the module path too, where the package is not open.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Schema {

    private static final String MISSION = "mission.schema.json";

    private Schema() {
    }

    /**
     * Returns the schema of a mission document.
     *
     * @return the schema's text, not null
     */
    public static String mission() {
        try (InputStream in = Schema.class.getResourceAsStream(MISSION)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + MISSION);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MISSION, e);
        }
    }
}
