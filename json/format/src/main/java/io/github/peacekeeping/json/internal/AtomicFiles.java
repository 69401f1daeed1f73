package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file only with a complete one: the writer writes a temporary file beside it, which
 * replaces the file once the writer has finished, and is deleted if it fails. The old file stays as it
 * was until then.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AtomicFiles {

    /**
     * Writes the new content of a file.
     *
     * @param <R> what the writer returns
     */
    @FunctionalInterface
    public interface Content<R> {

        /**
         * Writes the content.
         *
         * @param out  the temporary file, not null; closed after
         * @return what the writer returns
         * @throws IOException if the output fails
         */
        R writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes a file, replacing it only when the content is complete.
     *
     * @param <R>      what the writer returns
     * @param file     the file, not null
     * @param content  writes the content, not null
     * @return what the writer returned
     * @throws IOException if the file cannot be written or replaced
     */
    public static <R> R write(Path file, Content<R> content) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            R result;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                result = content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
