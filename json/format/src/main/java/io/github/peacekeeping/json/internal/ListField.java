package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A field that holds an array of values of one {@link Value} kind: required (always written), optional
 * and left out when empty, or optional with an empty array that differs from an absent one (a mandate's
 * {@code tasks}: {@code []} is "no tasks from now on", absence "unchanged"). Null reads as absent; a
 * null element is refused. This class is immutable and thread-safe.
 *
 * @param <T> the type of the object
 * @param <B> the type of its builder
 * @param <E> the type of the elements
 */
final class ListField<T, B, E> extends Field<T, B> {

    /** When the field is written. */
    enum Written { ALWAYS, WHEN_NOT_EMPTY, WHEN_PRESENT }

    private final Value<E> element;
    private final Written written;
    /** Adds an element, for {@link Written#ALWAYS} and {@link Written#WHEN_NOT_EMPTY}. */
    private final BiConsumer<B, E> add;
    /** Sets the whole list, for {@link Written#WHEN_PRESENT}. */
    private final BiConsumer<B, List<E>> set;
    /** The list; for {@link Written#WHEN_PRESENT}, null when absent. */
    private final Function<T, ? extends List<? extends E>> get;

    private ListField(String name, Written written, Value<E> element, BiConsumer<B, E> add,
            BiConsumer<B, List<E>> set, Function<T, ? extends List<? extends E>> get) {
        super(name, written == Written.ALWAYS);
        this.element = element;
        this.written = written;
        this.add = add;
        this.set = set;
        this.get = get;
    }

    static <T, B, E> ListField<T, B, E> required(String name, Value<E> element, BiConsumer<B, E> add,
            Function<T, ? extends List<? extends E>> get) {
        return new ListField<>(name, Written.ALWAYS, element, add, null, get);
    }

    static <T, B, E> ListField<T, B, E> optional(String name, Value<E> element, BiConsumer<B, E> add,
            Function<T, ? extends List<? extends E>> get) {
        return new ListField<>(name, Written.WHEN_NOT_EMPTY, element, add, null, get);
    }

    static <T, B, E> ListField<T, B, E> presentOrAbsent(String name, Value<E> element, BiConsumer<B, List<E>> set,
            Function<T, ? extends List<? extends E>> getOrNull) {
        return new ListField<>(name, Written.WHEN_PRESENT, element, null, set, getOrNull);
    }

    @Override
    void read(TokenReader in, B builder, Reading reading) throws IOException {
        if (isNull(in)) {
            return;
        }
        if (in.current() != Token.START_ARRAY) {
            throw Problems.invalid(in, name, "expected an array", List.of());
        }
        if (set == null) {
            while (in.next() != Token.END_ARRAY) {
                add.accept(builder, element.read(in, name, reading));
            }
        } else {
            List<E> list = new ArrayList<>();
            while (in.next() != Token.END_ARRAY) {
                list.add(element.read(in, name, reading));
            }
            // An unmodifiable list spares the model a copy.
            set.accept(builder, List.copyOf(list));
        }
    }

    @Override
    void write(T object, TokenWriter out) throws IOException {
        List<? extends E> list = get.apply(object);
        if (list == null || written == Written.WHEN_NOT_EMPTY && list.isEmpty()) {
            // Absent (the model never holds null for the other kinds), or empty and left out.
            return;
        }
        out.name(symbol);
        out.startArray(list.size());
        for (int i = 0; i < list.size(); i++) {
            try {
                element.write(list.get(i), out);
            } catch (WriteFailure e) {
                throw e.under(i);
            }
        }
        out.endArray();
    }
}
