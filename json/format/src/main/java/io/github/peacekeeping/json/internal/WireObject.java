package io.github.peacekeeping.json.internal;

import io.github.peacekeeping.core.PeacekeepingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * One object of the wire format, declared once: its fields in the order they are written, each with
 * its name, kind, whether it is required, how its value reaches the builder and how it is read from
 * the model. The same declaration reads (any order of fields; unknown, repeated and missing fields;
 * the model's refusal pointed at the field it names), writes (the declared order, each value checked
 * first) and words the errors. See {@link Format} for the declarations.
 *
 * <p>Reading is one pass over the tokens: a field name is found by its hash in a table, positions go
 * into an array reused from object to object ({@link Reading}), and values go straight to the model's
 * builder; nothing is allocated per token.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the object in the model
 * @param <B> the type of the builder that reading fills
 */
public final class WireObject<T, B> extends Value<T> {

    private final Class<T> type;
    private final Supplier<B> builder;
    private final Function<B, T> build;
    private final String writeOnly;
    private final Field<T, B>[] fields;
    private final List<String> names;
    private final long required;
    /** Open addressing by the names' hashes: the slot of a name holds its field's index + 1. */
    private final String[] table;
    private final int[] indexes;

    @SuppressWarnings("unchecked")
    private WireObject(Builder<T, B> declared) {
        this.type = declared.type;
        this.builder = declared.builder;
        this.build = declared.build;
        this.writeOnly = declared.writeOnly;
        this.fields = declared.fields.toArray(new Field[0]);
        List<String> names = new ArrayList<>();
        long required = 0;
        for (int i = 0; i < fields.length; i++) {
            names.add(fields[i].name);
            if (fields[i].required) {
                required |= 1L << i;
            }
        }
        this.names = List.copyOf(names);
        this.required = required;
        int size = Integer.highestOneBit(Math.max(4, fields.length * 4));
        this.table = new String[size];
        this.indexes = new int[size];
        for (int i = 0; i < fields.length; i++) {
            int slot = fields[i].name.hashCode() & (size - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            table[slot] = fields[i].name;
            indexes[slot] = i;
        }
    }

    /**
     * Starts the declaration of an object that is read and written.
     *
     * @param <T>      the type in the model
     * @param <B>      the builder's type
     * @param type     the type in the model, not null
     * @param builder  makes a builder, not null
     * @param build    builds the object, throwing the model's exception, not null
     * @return the declaration, not null
     */
    static <T, B> Builder<T, B> of(Class<T> type, Supplier<B> builder, Function<B, T> build) {
        return new Builder<>(type, builder, build, null);
    }

    /**
     * Starts the declaration of an object that is written only: reading it is refused, for the reason given.
     *
     * @param <T>     the type in the model
     * @param type    the type in the model, not null
     * @param reason  why it is not read, e.g. {@code findings are written, not read}, not null
     * @return the declaration, not null
     */
    static <T> Builder<T, Void> writtenOnly(Class<T> type, String reason) {
        return new Builder<>(type, null, null, reason);
    }

    /**
     * Returns the type of the model that this object holds.
     *
     * @return the type, not null
     */
    public Class<T> type() {
        return type;
    }

    /**
     * Returns the names of the fields, in the order of the format: the "expected one of" list of errors.
     *
     * @return the names, unmodifiable
     */
    public List<String> names() {
        return names;
    }

    private int indexOf(String name) {
        int slot = name.hashCode() & (table.length - 1);
        for (String candidate; (candidate = table[slot]) != null; slot = (slot + 1) & (table.length - 1)) {
            if (candidate == name || candidate.equals(name)) {
                return indexes[slot];
            }
        }
        return -1;
    }

    @Override
    T read(TokenReader in, String field, Reading reading) throws IOException {
        long start = in.position();
        Token token = in.current();
        if (writeOnly != null && (token == Token.START_OBJECT || token == Token.NAME)) {
            throw Problems.refusedObject(in, type, writeOnly, start);
        }
        String first;
        if (token == Token.START_OBJECT) {
            first = nextName(in, 0);
        } else if (token == Token.NAME) {
            // A mapper that has read the start of the object itself.
            first = in.text();
        } else {
            throw Problems.invalid(in, field, "expected an object", List.of());
        }
        return readFields(in, reading, start, first, 0L);
    }

    /**
     * Reads the fields of an object from the given one to the object's end.
     *
     * @param start  the position of the object's start
     * @param name   the first field's name, null if the object ends
     * @param seen   the bits of the fields read already (a union's discriminator)
     */
    T readFields(TokenReader in, Reading reading, long start, String name, long seen) throws IOException {
        B values = builder.get();
        long[] at = reading.acquire(fields.length);
        // The fields read before this call (a union's discriminator) have no position in this array.
        long given = seen;
        Set<String> unknown = null;
        // The format writes the fields in their declared order: each name is foreseen as the one after the
        // field read last (after the discriminator, for a union's variant), and the parser only confirms it.
        int expected = Long.numberOfTrailingZeros(~seen);
        for (; name != null; name = nextName(in, expected)) {
            int i = expected < fields.length && name == fields[expected].name ? expected : indexOf(name);
            if (i < 0) {
                unknown = unknownField(in, reading, name, unknown);
                continue;
            }
            expected = i + 1;
            long bit = 1L << i;
            if ((seen & bit) != 0) {
                throw Problems.duplicateField(in);
            }
            seen |= bit;
            in.next();
            at[i] = in.position();
            fields[i].read(in, values, reading);
        }
        if ((seen & required) != required) {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < fields.length; i++) {
                if ((required & ~seen & (1L << i)) != 0) {
                    missing.add(fields[i].name);
                }
            }
            throw Problems.missing(in, start, missing);
        }
        T value;
        try {
            value = build.apply(values);
        } catch (PeacekeepingException e) {
            int i = indexOf(e.field());
            // Only the positions of the fields read here belong to this object: the others are an earlier object's.
            boolean positioned = i >= 0 && (seen & ~given & 1L << i) != 0;
            throw Problems.refused(in, e, positioned ? at[i] : Positions.NOT_SEEN, start);
        }
        reading.release();
        return value;
    }

    /**
     * Moves to the next field's name, foreseeing the declared field at an index.
     *
     * @param expected  the index of the field expected, {@code fields.length} or more for none
     * @return the name, or null at the end of the object
     */
    String nextName(TokenReader in, int expected) throws IOException {
        return expected < fields.length ? in.nextName(fields[expected].symbol) : in.nextName();
    }

    /**
     * Refuses an unknown field, or lets the handler take it, or skips it; a repeated unknown field is
     * refused even when unknown fields are ignored, as every repeated field is.
     *
     * @return the unknown names of the object so far, or null
     */
    private Set<String> unknownField(TokenReader in, Reading reading, String name, Set<String> unknown)
            throws IOException {
        long at = in.position();
        if (reading.handler() == null && reading.strict()) {
            throw Problems.unknownField(in, names, at);
        }
        Set<String> seen = unknown == null ? new HashSet<>(4) : unknown;
        if (!seen.add(name)) {
            throw Problems.duplicateField(in);
        }
        in.next();
        if (reading.handler() != null && reading.handler().handle(in, type, name)) {
            return seen;
        }
        if (reading.strict()) {
            throw Problems.unknownField(in, names, at);
        }
        in.skipChildren();
        return seen;
    }

    @Override
    void write(T value, TokenWriter out) throws IOException {
        out.startObject();
        writeFields(value, out);
        out.endObject();
    }

    void writeFields(T value, TokenWriter out) throws IOException {
        for (Field<T, B> field : fields) {
            try {
                field.write(value, out);
            } catch (WriteFailure e) {
                throw e.under(field.name);
            }
        }
    }

    /**
     * The declaration of an object: its fields, in the order they are written.
     *
     * <p>This class is not thread-safe; the declarations are made while {@link Format} is initialized.
     *
     * @param <T> the type of the object in the model
     * @param <B> the type of its builder
     */
    static final class Builder<T, B> {

        private final Class<T> type;
        private final Supplier<B> builder;
        private final Function<B, T> build;
        private final String writeOnly;
        private final List<Field<T, B>> fields = new ArrayList<>();

        private Builder(Class<T> type, Supplier<B> builder, Function<B, T> build, String writeOnly) {
            this.type = type;
            this.builder = builder;
            this.build = build;
            this.writeOnly = writeOnly;
        }

        private Builder<T, B> add(Field<T, B> field) {
            if (fields.size() == Long.SIZE) {
                throw new IllegalStateException("an object has at most 64 fields: " + type.getSimpleName());
            }
            fields.add(field);
            return this;
        }

        /** A required field holding one value. */
        <V> Builder<T, B> required(String name, Value<V> value, BiConsumer<B, V> set, Function<T, V> get) {
            return add(ValueField.required(name, value, set, get));
        }

        /**
         * An optional field holding one value: written when present; null reads as absent. The getter
         * returns the value or null, and is best a lambda at the declaration
         * ({@code m -> m.expires().orElse(null)}): the model's Optional is then made where the JIT sees it
         * dropped, rather than once for every value written.
         */
        <V> Builder<T, B> optional(String name, Value<V> value, BiConsumer<B, V> set, Function<T, V> getOrNull) {
            return add(ValueField.optional(name, value, set, getOrNull));
        }

        /** A required {@code int}. */
        Builder<T, B> requiredInt(String name, ObjIntConsumer<B> set, ToIntFunction<T> get) {
            return add(IntField.required(name, set, get));
        }

        /**
         * An optional {@code int}: written when present; null reads as absent. The getter returns the value
         * or {@link IntField#ABSENT}, as a lambda at the declaration ({@code d -> IntField.orAbsent(d.female())}),
         * for the reason {@link #optional} gives.
         */
        Builder<T, B> optionalInt(String name, ObjIntConsumer<B> set, ToLongFunction<T> getOrAbsent) {
            return add(IntField.optional(name, set, getOrAbsent));
        }

        /** A required {@code boolean}. */
        Builder<T, B> requiredBool(String name, BiConsumer<B, Boolean> set, Predicate<T> get) {
            return add(BoolField.required(name, set, get));
        }

        /** An optional {@code boolean}: absent and null mean {@code absent}, which is not written. */
        Builder<T, B> optionalBool(String name, boolean absent, BiConsumer<B, Boolean> set, Predicate<T> get) {
            return add(BoolField.optional(name, absent, set, get));
        }

        /** A required array, always written: each element is added to the builder. */
        <E> Builder<T, B> requiredList(String name, Value<E> element, BiConsumer<B, E> add,
                Function<T, ? extends List<? extends E>> get) {
            return add(ListField.required(name, element, add, get));
        }

        /** An optional array, left out when empty; null reads as absent. */
        <E> Builder<T, B> optionalList(String name, Value<E> element, BiConsumer<B, E> add,
                Function<T, ? extends List<? extends E>> get) {
            return add(ListField.optional(name, element, add, get));
        }

        /**
         * An optional array whose emptiness means something: written when present, even empty. The getter
         * returns the list or null, as an optional field's does.
         */
        <E> Builder<T, B> presentOrAbsentList(String name, Value<E> element, BiConsumer<B, List<E>> set,
                Function<T, ? extends List<? extends E>> getOrNull) {
            return add(ListField.presentOrAbsent(name, element, set, getOrNull));
        }

        /** The discriminator of a union's variant, its first field: see {@link Union}. */
        Builder<T, B> discriminator(String name, Constants<String> types, String variant) {
            return add(new DiscriminatorField<>(name, types, variant));
        }

        WireObject<T, B> build() {
            return new WireObject<>(this);
        }
    }
}
