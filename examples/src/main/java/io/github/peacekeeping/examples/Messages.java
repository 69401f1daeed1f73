package io.github.peacekeeping.examples;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the commands word what they tell a person: every message one line, whatever a file name or a
 * file's content holds, and no Java class names.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Messages {

    /** Control characters (U+0000 to U+001F, U+007F to U+009F, NEL among them) and U+2028, U+2029. */
    private static final Pattern BREAKS_LINE = Pattern.compile("[\\p{Cc}\\u2028\\u2029]");

    private Messages() {
    }

    /**
     * Returns text as one line: line feed, carriage return and tab as {@code \n}, {@code \r} and
     * {@code \t}, every other control character and U+2028 and U+2029 as a JSON-style escape of four
     * lower-case hexadecimal digits, as the library's findings are written. Anything else is kept.
     *
     * @param text  the text, such as a file name or a message that quotes a file's content, not null
     * @return the text on one line, not null; the text itself if it needs no escape
     */
    public static String oneLine(String text) {
        return BREAKS_LINE.matcher(text).replaceAll(c -> Matcher.quoteReplacement(escape(c.group().charAt(0))));
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                return String.format("\\u%04x", (int) c);
        }
    }

    /**
     * Says in words what went wrong with a file, without the exception's class name: {@code no such file
     * or directory}, {@code permission denied}, or the operating system's reason.
     *
     * @param e  the exception, not null
     * @return the reason, one line, not null
     */
    public static String describe(IOException e) {
        String reason = null;
        if (e instanceof FileSystemException) {
            reason = ((FileSystemException) e).getReason();
        }
        if (reason == null) {
            if (e instanceof NoSuchFileException) {
                reason = "no such file or directory";
            } else if (e instanceof AccessDeniedException) {
                reason = "permission denied";
            } else if (e instanceof NotDirectoryException) {
                reason = "not a directory";
            } else if (e instanceof FileSystemException) {
                reason = "cannot be accessed";
            } else {
                reason = e.getMessage() == null ? "input or output failed" : e.getMessage();
            }
        }
        return oneLine(reason);
    }
}
