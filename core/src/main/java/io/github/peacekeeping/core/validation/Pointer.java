package io.github.peacekeeping.core.validation;

/** Builds JSON Pointers (RFC 6901) over the wire format's field names: {@code /mandates/3/resolution/vote}. */
final class Pointer {

    private Pointer() {
    }

    static String of(Object... segments) {
        StringBuilder pointer = new StringBuilder();
        for (Object segment : segments) {
            pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
