package io.github.peacekeeping.json.internal;

/**
 * JSON's escapes (RFC 8259, section 7), in one table for the parser that reads them and the writer that
 * writes them: each short escape's letter and the character it stands for, and the characters that a
 * string cannot hold as they are (the control characters, the quotation mark and the backslash). The
 * solidus may be escaped in what is read, and is written as it is.
 */
final class Escapes {

    /** The letters of the short escapes, and at the same places the characters they stand for. */
    private static final String LETTERS = "\"\\/bfnrt";
    private static final String CHARACTERS = "\"\\/\b\f\n\r\t";
    private static final byte[] ENCODING = encodingTable();

    private Escapes() {
    }

    /**
     * Returns, for each ASCII letter after a backslash, the character it stands for; 0 for a letter that
     * is no short escape ({@code u} is read with its four digits).
     *
     * @return a new table of 128 characters
     */
    static char[] decoding() {
        char[] decoding = new char[0x80];
        for (int i = 0; i < LETTERS.length(); i++) {
            decoding[LETTERS.charAt(i)] = CHARACTERS.charAt(i);
        }
        return decoding;
    }

    /**
     * Returns, for each ASCII character, 0 if a string holds it as it is, else the letter of its escape:
     * its short escape's, or {@code u} for the other control characters ({@code \}{@code u00XX}).
     *
     * @return a new table of 128 bytes
     */
    static byte[] encoding() {
        return ENCODING.clone();
    }

    private static byte[] encodingTable() {
        byte[] encoding = new byte[0x80];
        for (int c = 0; c < 0x20; c++) {
            encoding[c] = 'u';
        }
        for (int i = 0; i < LETTERS.length(); i++) {
            char c = CHARACTERS.charAt(i);
            if (c != '/') {
                encoding[c] = (byte) LETTERS.charAt(i);
            }
        }
        return encoding;
    }

    /**
     * Tells whether a string holds every character of a text as it is, with no escape.
     *
     * @param text  the text, not null
     * @return whether no character needs an escape
     */
    static boolean plain(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && ENCODING[c] != 0) {
                return false;
            }
        }
        return true;
    }
}
