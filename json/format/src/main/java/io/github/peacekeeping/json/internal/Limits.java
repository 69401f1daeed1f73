package io.github.peacekeeping.json.internal;

/**
 * The limits of the format's readers and writers, the same in both bindings. They guard against
 * hostile input and are tuned to the format, whose values are nested at most 6 levels (mission, mandates,
 * a mandate, its resolution, its vote, the members against) but for forces led by forces (the writers
 * refuse a chain of more than 8, which is 30 levels deep), and whose longest text is a mission's name. The writers refuse what the readers would refuse: strings and documents over these limits.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Limits {

    /** The deepest nesting of arrays and objects read: 32; the rest leaves room for ignored unknown fields. */
    public static final int MAX_NESTING_DEPTH = 32;
    /**
     * The longest document read or written, in bytes or characters as given: 64 MiB. The largest
     * mission with monthly deployments of every contributor since 1978 (UNIFIL) takes about 10 MB.
     */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;
    /** The longest string read or written, in characters: 10,000, fifty times the longest name of a mission. */
    public static final int MAX_STRING_LENGTH = 10_000;
    /** The longest number read, in characters: 32. An {@code int} needs at most 11. */
    public static final int MAX_NUMBER_LENGTH = 32;
    /** The longest field name read, in characters: 256. The longest in the format has 13. */
    public static final int MAX_NAME_LENGTH = 256;
    /**
     * The most characters of a value or a name that an error message echoes: 60, then {@code ...}; a
     * message stays one readable line whatever the input holds.
     */
    public static final int MAX_ECHOED = 60;

    private Limits() {
    }
}
