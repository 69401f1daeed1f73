package io.github.peacekeeping.json.internal;

/**
 * The paths of errors: dotted ({@code mandates[3].resolution}, {@code $} for the document) for messages,
 * JSON Pointers (RFC 6901, {@code /mandates/3/resolution}) as the validators' findings give them. Both
 * come from the reader's context, so that they start at the root of the whole input, even when an
 * {@code ObjectMapper} reads a value of the model inside the user's own objects.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Paths {

    /** The path of the document itself. */
    public static final String ROOT = "$";

    private Paths() {
    }

    /**
     * Returns the dotted path of the reader's current value, or of an enclosing one.
     *
     * @param in  the reader, not null
     * @param up  how many levels to leave out at the end: 0 for the current value's
     * @return the path, {@link #ROOT} at the root
     */
    public static String path(TokenReader in, int up) {
        StringBuilder path = new StringBuilder();
        for (int level = 1; level <= in.depth() - up; level++) {
            if (in.inArray(level)) {
                if (in.index(level) >= 0) {
                    path.append('[').append(in.index(level)).append(']');
                }
            } else if (in.name(level) != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(in.name(level));
            }
        }
        return path.length() == 0 ? ROOT : path.toString();
    }

    /**
     * Returns the JSON Pointer of the reader's current value, or of an enclosing one.
     *
     * @param in  the reader, not null
     * @param up  how many levels to leave out at the end: 0 for the current value's
     * @return the pointer, empty at the root
     */
    public static String pointer(TokenReader in, int up) {
        StringBuilder pointer = new StringBuilder();
        for (int level = 1; level <= in.depth() - up; level++) {
            if (in.inArray(level)) {
                if (in.index(level) >= 0) {
                    pointer.append('/').append(in.index(level));
                }
            } else if (in.name(level) != null) {
                pointer.append('/').append(in.name(level).replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }

    /**
     * Returns the path of a field or element below a path.
     *
     * @param path     the dotted path, not null
     * @param segment  a field name, or an {@link Integer} index
     * @return the longer path, not null
     */
    static String child(String path, Object segment) {
        if (segment instanceof Integer) {
            return (ROOT.equals(path) ? "" : path) + "[" + segment + "]";
        }
        return ROOT.equals(path) ? segment.toString() : path + "." + segment;
    }

    /**
     * Returns the pointer of a field or element below a pointer.
     *
     * @param pointer  the pointer, not null
     * @param segment  a field name, or an {@link Integer} index
     * @return the longer pointer, not null
     */
    static String childPointer(String pointer, Object segment) {
        return pointer + "/" + segment.toString().replace("~", "~0").replace("/", "~1");
    }
}
