package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.util.List;

/**
 * {@code true} or {@code false} as a value, for a field whose absence means "not recorded" rather than a
 * default (a part's {@code chapterVII}); a field with a default is a {@link BoolField}. This class is
 * immutable and thread-safe.
 */
final class BooleanValue extends Value<Boolean> {

    static final BooleanValue INSTANCE = new BooleanValue();

    private BooleanValue() {
    }

    @Override
    Boolean read(TokenReader in, String field, Reading reading) throws IOException {
        Token token = in.current();
        if (token != Token.TRUE && token != Token.FALSE) {
            throw Problems.invalid(in, field, "expected true or false", List.of());
        }
        return token == Token.TRUE;
    }

    @Override
    void write(Boolean value, TokenWriter out) throws IOException {
        out.bool(value);
    }
}
