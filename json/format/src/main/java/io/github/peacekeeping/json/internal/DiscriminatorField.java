package io.github.peacekeeping.json.internal;

import java.io.IOException;

/**
 * The field that tells a variant of a {@link Union}, such as a component's {@code type}: written first,
 * with the variant's name; when read, it holds that name, which the union has already read to choose
 * the variant. This class is immutable and thread-safe.
 *
 * @param <T> the type of the variant
 * @param <B> the type of its builder
 */
final class DiscriminatorField<T, B> extends Field<T, B> {

    private final Constants<String> types;
    private final String variant;

    DiscriminatorField(String name, Constants<String> types, String variant) {
        super(name, true);
        this.types = types;
        this.variant = variant;
    }

    @Override
    void read(TokenReader in, B builder, Reading reading) throws IOException {
        if (!variant.equals(types.read(in, name, reading))) {
            throw new IllegalStateException("a union reads its variant by its " + name);
        }
    }

    @Override
    void write(T object, TokenWriter out) throws IOException {
        out.name(symbol);
        types.write(variant, out);
    }
}
