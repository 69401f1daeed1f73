package io.github.peacekeeping.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.PeacekeepingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Documents are held whole up to the readers' limit, and refused beyond it: writers align with readers. */
class BoundedBytesTest {

    private static final int MEGABYTE = 1024 * 1024;

    @Test
    void bytesUpToTheLimitAreHeldAndWrittenWholeThenRefused() throws IOException {
        BoundedBytes bytes = new BoundedBytes();
        byte[] megabyte = new byte[MEGABYTE];
        for (int i = 0; i < 64; i++) {
            bytes.write(megabyte, 0, MEGABYTE);
        }

        assertThatThrownBy(() -> bytes.write('x'))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for $: more than 67108864 bytes (a document must not exceed the readers'"
                        + " limit of 64 MiB)");
        bytes.write('x');  // after the refusal, nothing more is held, and nothing fails again
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bytes.writeTo(out);
        assertThat(out.size()).isEqualTo(64 * MEGABYTE);
    }

    @Test
    void charactersUpToTheLimitAreHeldThenRefused() throws IOException {
        BoundedChars chars = new BoundedChars();
        char[] text = "{\"acronym\":\"UNMIL\"}".toCharArray();
        chars.write(text, 0, text.length);
        chars.flush();
        chars.close();
        StringWriter out = new StringWriter();
        chars.writeTo(out);

        assertThat(out.toString()).isEqualTo(chars.toString()).isEqualTo("{\"acronym\":\"UNMIL\"}");
        char[] megachars = new char[MEGABYTE];
        assertThatThrownBy(() -> {
            for (int i = 0; i <= 64; i++) {
                chars.write(megachars, 0, MEGABYTE);
            }
        }).isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for $: more than 67108864 characters (a document must not exceed the readers'"
                        + " limit of 64 MiB)");
    }

    private static byte[] written(BoundedBytes bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bytes.writeTo(out);
        return out.toByteArray();
    }

    private static BoundedBytes holding(String text) {
        BoundedBytes bytes = new BoundedBytes();
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        bytes.write(content, 0, content.length);
        return bytes;
    }

    @Test
    void aThreadsNextDocumentHoldsOnlyItsOwnBytes() throws IOException {
        // The second document reuses the first one's buffer: nothing of the first may show.
        assertThat(written(holding("{\"acronym\":\"UNAMIR\"}"))).asString(StandardCharsets.UTF_8)
                .isEqualTo("{\"acronym\":\"UNAMIR\"}");
        assertThat(written(holding("{}"))).asString(StandardCharsets.UTF_8).isEqualTo("{}");
    }

    @Test
    void documentsWrittenAtOnceOnOneThreadDoNotShareABuffer() throws IOException {
        written(holding("warm: the thread now keeps a buffer"));
        BoundedBytes outer = holding("{\"outer\":");
        BoundedBytes inner = holding("{\"inner\":1}");
        outer.write('2');
        inner.write('\n');
        outer.write('}');
        assertThat(written(inner)).asString(StandardCharsets.UTF_8).isEqualTo("{\"inner\":1}\n");
        assertThat(written(outer)).asString(StandardCharsets.UTF_8).isEqualTo("{\"outer\":2}");
    }

    @Test
    void aLargeDocumentIsWrittenWholeAndTheNextStartsEmpty() throws IOException {
        byte[] large = new byte[ThreadBuffers.KEPT * 2];
        java.util.Arrays.fill(large, (byte) 'a');
        BoundedBytes first = new BoundedBytes();
        first.write(large, 0, large.length);
        assertThat(written(first)).isEqualTo(large);
        assertThat(written(holding("[]"))).asString(StandardCharsets.UTF_8).isEqualTo("[]");
    }

    @Test
    void aDestinationThatFailsLeavesTheThreadAWorkingBuffer() {
        BoundedBytes bytes = holding("{\"acronym\":\"UNMIL\"}");
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> bytes.writeTo(failing)).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThatCode(() -> assertThat(written(holding("{}"))).asString(StandardCharsets.UTF_8).isEqualTo("{}"))
                .doesNotThrowAnyException();
    }
}
