package io.github.peacekeeping.json.internal;

/**
 * The refusal of a document longer than the readers accept.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Bounds {

    private Bounds() {
    }

    static WriteRefusal over(String unit) {
        return new WriteRefusal(Paths.ROOT, "more than " + Limits.MAX_DOCUMENT_LENGTH + " " + unit,
                "a document must not exceed the readers' limit of 64 MiB");
    }
}
