package io.github.peacekeeping.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.PeacekeepingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
}
