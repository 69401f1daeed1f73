package io.github.peacekeeping.json.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * A JSON binding as the shared tests see it: its facade, its mapper and its exception. Each binding's
 * module implements it once ({@code TheBinding}, in its own test sources), and the whole suite runs
 * against it: one set of tests, two bindings.
 */
interface Binding {

    /**
     * Returns the binding's name, for test reports.
     *
     * @return "Jackson 2" or "Jackson 3"
     */
    String name();

    /**
     * Returns the facade {@code PeacekeepingJson.standard()}.
     *
     * @return the facade, not null
     */
    Facade standard();

    /**
     * Returns a mapper as {@code PeacekeepingJson.newObjectMapper()} configures it.
     *
     * @return the mapper, not null
     */
    Mapper newMapper();

    /**
     * Returns the binding's {@code PeacekeepingJsonException}.
     *
     * @return the class, not null
     */
    Class<? extends Exception> errorType();

    /**
     * Returns a view of the binding's exception.
     *
     * @param error  an instance of {@link #errorType()}, not null
     * @return its parts, not null
     */
    JsonError view(Throwable error);

    /** What the tests ask of a mapper. Checked and unchecked Jackson exceptions pass through as they are. */
    interface Mapper {

        /**
         * Reads a value of a type.
         *
         * @param <T>   the type
         * @param json  the JSON, not null
         * @param type  the type, not null
         * @return the value
         * @throws IOException if the JSON is refused (Jackson 2)
         */
        <T> T readValue(String json, Class<T> type) throws IOException;

        /**
         * Reads a value of a type from bytes.
         *
         * @param <T>   the type
         * @param json  the JSON, not null
         * @param type  the type, not null
         * @return the value
         * @throws IOException if the JSON is refused (Jackson 2)
         */
        <T> T readValue(byte[] json, Class<T> type) throws IOException;

        /**
         * Reads JSON into the mapper's tree, then the tree as a value: a read without locations.
         *
         * @param <T>   the type
         * @param json  the JSON, not null
         * @param type  the type, not null
         * @return the value
         * @throws IOException if the JSON is refused (Jackson 2)
         */
        <T> T treeToValue(String json, Class<T> type) throws IOException;

        /**
         * Reads a value with a parser that has read the start of its object and its first field name,
         * as Jackson hands it to a deserializer in some cases.
         *
         * @param <T>   the type
         * @param json  the JSON of an object, not null
         * @param type  the type, not null
         * @return the value
         * @throws IOException if the JSON is refused (Jackson 2)
         */
        <T> T readValueInsideObject(String json, Class<T> type) throws IOException;

        /**
         * Reads a list of missions.
         *
         * @param json  the JSON, not null
         * @return the missions
         * @throws IOException if the JSON is refused (Jackson 2)
         */
        List<io.github.peacekeeping.core.Mission> readMissions(String json) throws IOException;

        /**
         * Reads a map of missions.
         *
         * @param json  the JSON, not null
         * @return the missions by key
         * @throws IOException if the JSON is refused (Jackson 2)
         */
        Map<String, io.github.peacekeeping.core.Mission> readMissionMap(String json) throws IOException;

        /**
         * Reads a deployment declared with a category type, {@code Deployment<MilitaryCategory>}.
         *
         * @param json      the JSON, not null
         * @param category  the declared category type
         * @return the deployment
         * @throws IOException if the JSON is refused (Jackson 2)
         */
        io.github.peacekeeping.core.Deployment<?> readDeployment(String json, Class<?> category) throws IOException;

        /**
         * Writes a value.
         *
         * @param value  the value
         * @return the JSON
         * @throws IOException if the value is refused (Jackson 2)
         */
        String writeValueAsString(Object value) throws IOException;

        /**
         * Writes a value, failing unchecked.
         *
         * @param value  the value
         * @return the JSON
         */
        default String write(Object value) {
            try {
                return writeValueAsString(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
