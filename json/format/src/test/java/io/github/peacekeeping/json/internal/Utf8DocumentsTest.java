package io.github.peacekeeping.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which parser reads a document of bytes: the library's own when it can, the binding's with the same
 * bytes when it gives up or the readers refuse the document, and the binding's alone for a document
 * longer than the library reads into memory.
 */
class Utf8DocumentsTest {

    /** A binding that records the bytes it was given and answers with a marker. */
    private static final class Binding implements Utf8Documents.BindingReader<String> {

        final List<byte[]> given = new ArrayList<>();

        @Override
        public String read(InputStream utf8) throws IOException {
            given.add(utf8.readAllBytes());
            return "read by the binding";
        }
    }

    private static String read(byte[] bytes, Binding binding) throws IOException {
        return Utf8Documents.read(TextValue.INSTANCE, new ByteArrayInputStream(bytes), true, binding);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsADocumentItCanReadWithoutTheBinding() throws IOException {
        Binding binding = new Binding();
        assertThat(read(utf8(" \"Mission des Nations Unies\" "), binding)).isEqualTo("Mission des Nations Unies");
        assertThat(binding.given).isEmpty();
    }

    @Test
    void givesTheSameBytesToTheBindingWhenItGivesUpOrTheReadersRefuse() throws IOException {
        for (String document : new String[] {"\"unclosed", "\"a\" \"b\"", "\"\\ud800\"", "17", ""}) {
            Binding binding = new Binding();
            assertThat(read(utf8(document), binding)).as(document).isEqualTo("read by the binding");
            assertThat(binding.given).as(document).containsExactly(utf8(document));
        }
    }

    @Test
    void streamsALongerDocumentThroughTheBindingWhole() throws IOException {
        byte[] atMost = utf8("\"x\"" + " ".repeat(Utf8Documents.MAX_BUFFERED - 3));
        Binding binding = new Binding();
        assertThat(read(atMost, binding)).isEqualTo("x");
        assertThat(binding.given).isEmpty();

        byte[] longer = utf8("\"x\"" + " ".repeat(Utf8Documents.MAX_BUFFERED - 2));
        assertThat(read(longer, binding)).isEqualTo("read by the binding");
        assertThat(binding.given).containsExactly(longer);
    }

    @Test
    void readsStreamsThatDeliverFewBytesAtATime() throws IOException {
        byte[] document = utf8("\"" + "é".repeat(3000) + "\"");
        InputStream trickle = new ByteArrayInputStream(document) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        Binding binding = new Binding();
        assertThat(Utf8Documents.read(TextValue.INSTANCE, trickle, true, binding)).isEqualTo("é".repeat(3000));
        assertThat(binding.given).isEmpty();
    }
}
