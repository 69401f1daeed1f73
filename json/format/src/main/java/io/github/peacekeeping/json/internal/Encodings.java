package io.github.peacekeeping.json.internal;

import java.io.CharConversionException;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Tells the encoding of bytes from their first bytes (RFC 8259, section 8.1, and its predecessors), as
 * Jackson detects it: UTF-8, UTF-16 or UTF-32, with or without a byte order mark.
 * Jackson reads UTF-8 itself and refuses it when invalid. UTF-16 and UTF-32 are decoded here, strictly:
 * Jackson hands UTF-16 to a JDK decoder that replaces a surrogate without its pair by U+FFFD and
 * swallows the character after it, so that a broken name read as another name; and neither its UTF-16
 * nor its UTF-32 decoder tells where the invalid bytes are, while this one does. A byte order mark is
 * left out of bytes and, alike, of text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Encodings {

    private static final int DETECTED_FROM = 4;
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private Encodings() {
    }

    /**
     * The input of a parser: bytes in UTF-8 for the parser to decode itself, or the characters of
     * bytes in UTF-16 or UTF-32, decoded here.
     *
     * <p>This class is immutable; it is used by one thread, like the stream it holds.
     */
    public static final class Source {

        private final InputStream utf8;
        private final Reader decoded;

        private Source(InputStream utf8, Reader decoded) {
            this.utf8 = utf8;
            this.decoded = decoded;
        }

        /**
         * Returns the bytes, when they are UTF-8.
         *
         * @return the bytes, or null when {@link #decoded()} holds the input
         */
        public InputStream utf8() {
            return utf8;
        }

        /**
         * Returns the characters, when the bytes are UTF-16 or UTF-32.
         *
         * @return the characters, or null when {@link #utf8()} holds the input
         */
        public Reader decoded() {
            return decoded;
        }
    }

    /**
     * Detects the encoding of bytes from the first four.
     *
     * @param in  the bytes, not null
     * @return the input for the parser, not null
     * @throws CharConversionException if the bytes are UCS-4 in a byte order that JSON cannot have
     * @throws IOException if the stream fails
     */
    public static Source detect(InputStream in) throws IOException {
        PushbackInputStream bytes = new PushbackInputStream(in, DETECTED_FROM);
        byte[] first = bytes.readNBytes(DETECTED_FROM);
        String unusual = unusualByteOrder(first);
        if (unusual != null) {
            // Refused here, in the words of Jackson 2's detection, so that both bindings say the same.
            throw new CharConversionException("Unsupported UCS-4 endianness (" + unusual + ") detected");
        }
        Charset charset = charset(first);
        if (charset == null) {
            bytes.unread(first);
            return new Source(bytes, null);
        }
        // A byte order mark is not text: skip it, as Jackson does.
        int mark = byteOrderMark(first, charset);
        bytes.unread(first, mark, first.length - mark);
        return new Source(null, new StrictReader(bytes, charset));
    }

    /**
     * Leaves out a byte order mark at the start of text, as Jackson leaves it out at the start of bytes:
     * text and bytes read alike (RFC 8259, section 8.1, lets a reader ignore the mark).
     *
     * @param text  the text, not null
     * @return the text without a mark, not null
     */
    public static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /**
     * Leaves out a byte order mark at the start of a reader's text.
     *
     * @param reader  the reader, not null
     * @return a reader of the text without a mark, not null
     */
    public static Reader withoutByteOrderMark(Reader reader) {
        return new FilterReader(reader) {
            private boolean started;

            @Override
            public int read() throws IOException {
                char[] one = new char[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int count = super.read(buffer, offset, length);
                if (!started && count > 0) {
                    started = true;
                    if (buffer[offset] == BYTE_ORDER_MARK) {
                        System.arraycopy(buffer, offset + 1, buffer, offset, count - 1);
                        return count == 1 ? read(buffer, offset, length) : count - 1;
                    }
                }
                return count;
            }
        };
    }

    /**
     * Returns the byte order of UCS-4 that the first bytes show when it is one that JSON cannot have
     * ({@code 2143} or {@code 3412}), as Jackson's {@code ByteSourceJsonBootstrapper} names them.
     *
     * @return the byte order, or null for any other first bytes
     */
    static String unusualByteOrder(byte[] first) {
        if (first.length < DETECTED_FROM) {
            return null;
        }
        int quad = (first[0] & 0xff) << 24 | (first[1] & 0xff) << 16 | (first[2] & 0xff) << 8 | first[3] & 0xff;
        if (quad == 0x0000FFFE) {
            return "2143";
        }
        if (quad == 0xFEFF0000) {
            return "3412";
        }
        if (quad == 0x0000FEFF || quad == 0xFFFE0000 || (quad & 0xFFFFFF00) == 0 || (quad & 0x00FFFFFF) == 0) {
            return null;
        }
        if ((quad & 0xFF00FFFF) == 0) {
            return "3412";
        }
        return (quad & 0xFFFF00FF) == 0 ? "2143" : null;
    }

    /**
     * Returns the encoding of the first bytes, as Jackson's {@code ByteSourceJsonBootstrapper} detects
     * it, if it is UTF-16 or UTF-32; null for UTF-8, and for the byte orders of UCS-4 that Jackson refuses.
     */
    static Charset charset(byte[] first) {
        if (first.length < 2) {
            return null;
        }
        int pair = (first[0] & 0xff) << 8 | first[1] & 0xff;
        if (first.length == DETECTED_FROM) {
            int quad = pair << 16 | (first[2] & 0xff) << 8 | first[3] & 0xff;
            if (quad == 0x0000FEFF) {
                return UTF_32BE;
            }
            if (quad == 0xFFFE0000) {
                return UTF_32LE;
            }
            if (pair == 0xFEFF && quad != 0xFEFF0000) {
                return StandardCharsets.UTF_16BE;
            }
            if (pair == 0xFFFE) {
                return StandardCharsets.UTF_16LE;
            }
            // No mark: the first character is ASCII, and the zero bytes around it tell the encoding.
            if ((quad & 0xFFFFFF00) == 0) {
                return UTF_32BE;
            }
            if ((quad & 0x00FFFFFF) == 0) {
                return UTF_32LE;
            }
            if ((quad & 0xFF00FFFF) == 0 || (quad & 0xFFFF00FF) == 0 || quad == 0x0000FFFE || quad == 0xFEFF0000) {
                return null;
            }
        }
        if ((pair & 0xFF00) == 0) {
            return StandardCharsets.UTF_16BE;
        }
        if ((pair & 0x00FF) == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * The length of the UTF-16 byte order mark at the start, 0 if there is none. (The JDK's UTF-32BE and
     * UTF-32LE decoders skip a mark themselves; its UTF-16BE and UTF-16LE decoders do not.)
     */
    private static int byteOrderMark(byte[] first, Charset charset) {
        boolean utf16 = charset.equals(StandardCharsets.UTF_16BE) || charset.equals(StandardCharsets.UTF_16LE);
        // Jackson looks for a mark in four bytes or more only.
        if (!utf16 || first.length < DETECTED_FROM) {
            return 0;
        }
        int pair = (first[0] & 0xff) << 8 | first[1] & 0xff;
        return pair == 0xFEFF || pair == 0xFFFE ? 2 : 0;
    }

    /**
     * Text that is not valid in its encoding, at the line and column (in characters, from 1) of the first
     * invalid character, counted as the parser counts them.
     */
    public static final class InvalidText extends CharConversionException {

        private static final long serialVersionUID = 1L;

        /** The line of the first invalid character, from 1. */
        final int line;
        /** Its column, in characters, from 1. */
        final int column;

        InvalidText(String message, int line, int column, CharacterCodingException cause) {
            super(message);
            this.line = line;
            this.column = column;
            initCause(cause);
        }
    }

    /**
     * Decodes strictly, and reports invalid input as a {@link CharConversionException}, as Jackson's
     * decoders do, so that the readers tell it from a failure of the stream; and only once the characters
     * before it have been read, with its line and column.
     */
    private static final class StrictReader extends Reader {

        private final InputStream in;
        private final Charset charset;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
        private final CharBuffer decoded = CharBuffer.allocate(8192).flip();
        private boolean ended;
        /** The invalid input found after the characters decoded, or null. */
        private CoderResult invalid;
        /** The line and column of the next character, counted as Jackson counts them. */
        private int line = 1;
        private int column = 1;
        private boolean afterCarriageReturn;

        StrictReader(InputStream in, Charset charset) {
            this.in = in;
            this.charset = charset;
            this.decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, buffer.length);
            if (length == 0) {
                return 0;
            }
            if (!decoded.hasRemaining() && !fill()) {
                return -1;
            }
            int count = Math.min(length, decoded.remaining());
            decoded.get(buffer, offset, count);
            count(buffer, offset, count);
            return count;
        }

        /** Follows the line and column: a line ends at LF, CR, or CR LF. */
        private void count(char[] buffer, int offset, int count) {
            for (int i = offset; i < offset + count; i++) {
                char c = buffer[i];
                if (c == '\n' || c == '\r') {
                    if (c == '\r' || !afterCarriageReturn) {
                        line++;
                    }
                    column = 1;
                } else {
                    column++;
                }
                afterCarriageReturn = c == '\r';
            }
        }

        /** Decodes more characters; returns false at the end of the input. */
        private boolean fill() throws IOException {
            if (invalid != null) {
                throw invalid();
            }
            decoded.clear();
            try {
                while (decoded.position() == 0) {
                    CoderResult result = decoder.decode(bytes, decoded, ended);
                    if (result.isError()) {
                        invalid = result;
                        break;
                    }
                    if (result.isOverflow()) {
                        break;
                    }
                    if (ended) {
                        decoder.flush(decoded);
                        break;
                    }
                    bytes.compact();
                    int count = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (count < 0) {
                        ended = true;
                    } else {
                        bytes.position(bytes.position() + count);
                    }
                    bytes.flip();
                }
            } finally {
                decoded.flip();
            }
            if (invalid != null && !decoded.hasRemaining()) {
                throw invalid();
            }
            return decoded.hasRemaining();
        }

        private InvalidText invalid() {
            boolean utf16 = charset.equals(StandardCharsets.UTF_16BE) || charset.equals(StandardCharsets.UTF_16LE);
            String problem = "Invalid " + charset.name() + ": " + (utf16
                    ? "a surrogate without its pair, or a byte left over"
                    : "a code point above U+10FFFF, or bytes left over");
            try {
                invalid.throwException();
                throw new IllegalStateException("not an error: " + invalid);
            } catch (CharacterCodingException cause) {
                return new InvalidText(problem, line, column, cause);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
