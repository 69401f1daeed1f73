package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A value that is one of several objects, told apart by a discriminator field, such as a component's
 * {@code type}: {@code military}, {@code police} or {@code civilian}, from an explicit table (nothing is
 * looked up by class name). Each variant is a {@link WireObject} whose first field is the discriminator.
 *
 * <p>The format accepts fields in any order. When the discriminator comes first, as the writers put it,
 * the variant's fields are read as they come. When it does not, the object's tokens are recorded
 * ({@link Recording}) up to its end, the discriminator is read from the recording, and the recording is
 * read as the variant, with the positions of the input: a field behaves the same wherever the
 * discriminator is (an unknown field of the variant is refused, or skipped unread when unknown fields
 * are ignored).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the values
 */
final class Union<T> extends Value<T> {

    /**
     * One variant.
     *
     * @param <V> the type of its values
     */
    static final class Variant<V> {

        final String name;
        final Class<V> type;
        final WireObject<V, ?> object;

        Variant(String name, Class<V> type, WireObject<V, ?> object) {
            this.name = name;
            this.type = type;
            this.object = object;
        }
    }

    private final String discriminator;
    private final Constants<String> types;
    private final List<Variant<? extends T>> variants;

    Union(String discriminator, Constants<String> types, List<Variant<? extends T>> variants) {
        this.discriminator = discriminator;
        this.variants = List.copyOf(variants);
        List<String> names = new ArrayList<>();
        for (Variant<? extends T> variant : variants) {
            names.add(variant.name);
        }
        // A union of some variants only (a reader of military components) names those alone.
        this.types = names.equals(types.names()) ? types : Constants.of(names, name -> name);
    }

    @Override
    T read(TokenReader in, String field, Reading reading) throws IOException {
        long start = in.position();
        Token token = in.current();
        String first;
        if (token == Token.START_OBJECT) {
            // Every variant declares the discriminator first.
            first = variants.get(0).object.nextName(in, 0);
        } else if (token == Token.NAME) {
            first = in.text();
        } else {
            throw Problems.invalid(in, field, "expected an object", List.of());
        }
        if (first == null) {
            throw Problems.missing(in, start, List.of(discriminator));
        }
        if (discriminator.equals(first)) {
            in.next();
            Variant<? extends T> variant = variant(in, reading);
            return variant.object.readFields(in, reading, start, variant.object.nextName(in, 1), 1L);
        }
        Recording recording = Recording.of(in, first);
        if (!recording.seekValueOf(discriminator)) {
            throw Problems.missing(in, start, List.of(discriminator));
        }
        Variant<? extends T> variant = variant(recording, reading);
        recording.rewind();
        return variant.object.readFields(recording, reading, start, first, 0L);
    }

    private Variant<? extends T> variant(TokenReader in, Reading reading) throws IOException {
        String name = types.read(in, discriminator, reading);
        for (Variant<? extends T> variant : variants) {
            if (variant.name.equals(name)) {
                return variant;
            }
        }
        throw new IllegalStateException("no variant " + name);
    }

    @Override
    void write(T value, TokenWriter out) throws IOException {
        for (Variant<? extends T> variant : variants) {
            if (variant.type.isInstance(value)) {
                write(variant, value, out);
                return;
            }
        }
        throw new WriteFailure(Messages.quote(value.getClass().getSimpleName()), "expected one of " + types.names());
    }

    private static <V> void write(Variant<V> variant, Object value, TokenWriter out) throws IOException {
        variant.object.write(variant.type.cast(value), out);
    }
}
