package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.util.List;

/**
 * Text: a JSON string that is Unicode (no surrogate without its pair), of at most
 * {@link Limits#MAX_STRING_LENGTH} characters. This class is immutable and thread-safe.
 */
final class TextValue extends Value<String> {

    static final TextValue INSTANCE = new TextValue();

    private TextValue() {
    }

    @Override
    String read(TokenReader in, String field, Reading reading) throws IOException {
        if (in.current() != Token.STRING) {
            throw Problems.invalid(in, field, "expected a string", List.of());
        }
        if (Texts.loneSurrogateIn(in.textCharacters(), in.textOffset(), in.textOffset() + in.textLength()) >= 0) {
            throw Problems.loneSurrogate(in, field);
        }
        return in.text();
    }

    @Override
    void write(String value, TokenWriter out) throws IOException {
        out.string(WriteChecks.text(value));
    }
}
