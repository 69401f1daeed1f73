package io.github.peacekeeping.json.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

/**
 * Reads documents of UTF-8 bytes (the facades' streams and files) with the library's own parser, and
 * with the binding's parser when it gives up. A document of up to {@value #MAX_BUFFERED} bytes is read
 * into memory (a buffer that the thread keeps) and parsed by {@link Utf8Parser}, which spares the readers the
 * calls through a binding's parser per token (a fifth or more of a mission's reading); when
 * the document has anything it does not read exactly as Jackson does (malformed JSON, a limit reached,
 * unusual UTF-8), or when the readers refuse it (an unknown field, a value the model refuses), the
 * binding's parser reads the same bytes again, so that every document reads to the same value and every
 * error has the same message and position as through Jackson alone. A longer document streams through
 * the binding's parser from the start.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Utf8Documents {

    /** The length of the longest document read into memory. */
    public static final int MAX_BUFFERED = 1 << 20;

    /**
     * The binding's reading of a document, from a stream of its UTF-8 bytes.
     *
     * @param <T>  the type of the value
     */
    @FunctionalInterface
    public interface BindingReader<T> {

        /**
         * Reads a document with the binding's parser.
         *
         * @param utf8  the document's bytes, not null
         * @return the value, not null
         * @throws IOException if the input fails
         */
        T read(InputStream utf8) throws IOException;
    }

    private Utf8Documents() {
    }

    /**
     * Reads a document that holds one value, as {@link Documents#read(Value, TokenReader, Reading)}.
     *
     * @param <T>      the type of the value
     * @param value    the value's description, not null
     * @param utf8     the document's bytes, without a byte order mark; read to its end, not closed
     * @param strict   whether unknown fields are refused
     * @param binding  the binding's reading of the same document, not null
     * @return the value, not null
     * @throws IOException if the input fails
     */
    public static <T> T read(Value<T> value, InputStream utf8, boolean strict, BindingReader<T> binding)
            throws IOException {
        byte[] bytes = ThreadBuffers.take();
        int length = 0;
        for (int count; (count = utf8.read(bytes, length, bytes.length - length)) >= 0; ) {
            length += count;
            if (length == bytes.length) {
                if (length > MAX_BUFFERED) {
                    return binding.read(new SequenceInputStream(new ByteArrayInputStream(bytes, 0, length), utf8));
                }
                bytes = Arrays.copyOf(bytes, Math.min(length * 2, MAX_BUFFERED + 1));
            }
        }
        try {
            return Documents.read(value, new Utf8Parser(bytes, length), new Reading(strict, null));
        } catch (ReadFailure | Utf8Parser.Unreadable e) {
            return binding.read(new ByteArrayInputStream(bytes, 0, length));
        } finally {
            ThreadBuffers.keep(bytes);
        }
    }
}
