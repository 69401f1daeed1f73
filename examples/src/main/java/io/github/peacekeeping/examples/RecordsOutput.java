package io.github.peacekeeping.examples;

import io.github.peacekeeping.json.RecordWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Where an import writes its JSON Lines records, as its {@code -o} option says: nowhere (no option), to
 * standard output ({@code -o -}: flushed, not closed, the summary then going to standard error), or to a
 * file replaced only once the whole input is read ({@link OutputFile}), so that a failed import leaves no
 * partial file and an earlier output as it was.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecordsOutput {

    /** The file name that stands for standard input or standard output. */
    public static final Path STANDARD_STREAM = Path.of("-");

    private RecordsOutput() {
    }

    /**
     * Reads an input, passing each of its records to a sink.
     *
     * @param <T> the type of the records
     * @param <S> what the reading returns, a summary
     */
    @FunctionalInterface
    public interface Input<T, S> {

        /**
         * Reads the input.
         *
         * @param records  takes each record read, not null
         * @return the summary, not null
         * @throws IOException if the input fails
         */
        S read(Consumer<? super T> records) throws IOException;
    }

    /**
     * Opens a writer of records.
     *
     * @param <T> the type of the records
     */
    @FunctionalInterface
    public interface Opener<T> {

        /**
         * Opens a writer of records over text.
         *
         * @param text  where to write, not null
         * @return the writer, not null
         * @throws IOException if the text cannot be written
         */
        RecordWriter<T> open(Writer text) throws IOException;
    }

    /**
     * Reads an input and writes its records where the option says.
     *
     * @param <T>             the type of the records
     * @param <S>             what the reading returns
     * @param output          the option's file, {@link #STANDARD_STREAM} or null for none
     * @param standardOutput  standard output, not null
     * @param opener          opens a writer of records, not null
     * @param input           reads the input, not null
     * @return what the reading returned
     * @throws IOException if the input fails (a file given as output is then as it was)
     * @throws OutputFailure if the output cannot be written
     */
    public static <T, S> S write(Path output, Writer standardOutput, Opener<T> opener, Input<T, S> input)
            throws IOException {
        if (output == null) {
            return input.read(record -> { });
        }
        if (STANDARD_STREAM.equals(output)) {
            // Standard output belongs to the caller: flushed, not closed, with the records.
            try (RecordWriter<T> records = open(opener, unclosable(standardOutput))) {
                return input.read(sink(records));
            }
        }
        OutputFile file;
        try {
            file = OutputFile.replacing(output);
        } catch (IOException e) {
            throw new OutputFailure(e);
        }
        // Closed without a commit when the input fails: the partial records are deleted.
        try (OutputFile written = file) {
            RecordWriter<T> records = open(opener, written.writer());
            S summary = input.read(sink(records));
            try {
                // Closing the records flushes them: a failure there is the output's, not the input's.
                records.close();
                written.commit();
            } catch (IOException e) {
                throw new OutputFailure(e);
            }
            return summary;
        }
    }

    private static <T> RecordWriter<T> open(Opener<T> opener, Writer text) {
        try {
            return opener.open(text);
        } catch (IOException e) {
            throw new OutputFailure(e);
        }
    }

    private static <T> Consumer<T> sink(RecordWriter<T> records) {
        return record -> {
            try {
                records.write(record);
            } catch (IOException e) {
                throw new OutputFailure(e);
            }
        };
    }

    private static Writer unclosable(Writer out) {
        return new FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /**
     * The output failed: carried through the reader of the input, which only knows its own failures.
     */
    public static final class OutputFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        OutputFailure(IOException cause) {
            super(cause);
        }

        /**
         * Returns the output's failure.
         *
         * @return the cause, not null
         */
        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
