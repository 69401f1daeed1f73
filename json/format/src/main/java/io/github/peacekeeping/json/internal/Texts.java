package io.github.peacekeeping.json.internal;

/**
 * Whether text is Unicode: JSON lets a string escape a surrogate without its pair ({@code "\ud800"}),
 * which no Unicode encoding can hold; the readers refuse it and the writers never write it.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Texts {

    private Texts() {
    }

    /**
     * Finds a surrogate without its pair.
     *
     * @return its index, or -1 if there is none
     */
    static int loneSurrogateIn(CharSequence text) {
        return loneSurrogateIn(text, 0, text.length());
    }

    static int loneSurrogateIn(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Finds a surrogate without its pair in a buffer.
     *
     * @return its index, or -1 if there is none
     */
    static int loneSurrogateIn(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text[i + 1])) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
