package io.github.peacekeeping.examples;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written whole or not at all: the text goes to a temporary file in the same directory, which
 * {@link #commit()} moves into place (atomically where the file system can). Closed without a commit, the
 * temporary file is deleted and the target is left as it was, so that a failed import never leaves a
 * partial output behind, nor destroys an earlier one.
 *
 * <p>Not thread-safe: one writer, one thread.
 */
public final class OutputFile implements Closeable {

    private final Path target;
    private final Path temporary;
    private final Writer writer;
    private boolean committed;

    private OutputFile(Path target, Path temporary, Writer writer) {
        this.target = target;
        this.temporary = temporary;
        this.writer = writer;
    }

    /**
     * Starts a file that will replace {@code target}.
     *
     * @param target  the file to write, not null; its directory must exist
     * @return the file, to write with {@link #writer()}, not null
     * @throws IOException if the target is a directory, or no file can be created beside it; the message
     *         names the problem, not the temporary file
     */
    public static OutputFile replacing(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        Path directory = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            throw new FileSystemException(target.toString(), null, "no such directory " + directory);
        }
        // A dot file named after the target shows what it is for, should the process be killed. Not
        // Files.createTempFile: its owner-only permissions would pass to the output, which should get the
        // same as any new file of the user's.
        Path temporary = directory.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
        try {
            Files.createFile(temporary);
        } catch (IOException e) {
            throw new FileSystemException(target.toString(), null,
                    "cannot create a file in " + directory + ": " + Messages.describe(e));
        }
        try {
            return new OutputFile(target, temporary, Files.newBufferedWriter(temporary, StandardCharsets.UTF_8));
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /**
     * Returns where to write the text.
     *
     * @return the writer, UTF-8, not null; closed by {@link #commit()} or {@link #close()}
     */
    public Writer writer() {
        return writer;
    }

    /**
     * Closes the writer and moves the text into place, replacing the target.
     *
     * @throws IOException if the text cannot be written or moved; the target is then as it was
     */
    public void commit() throws IOException {
        writer.close();
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /**
     * Deletes the temporary file unless the text was committed.
     *
     * @throws IOException if the temporary file cannot be deleted
     */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
