package io.github.peacekeeping.core.internal;

import io.github.peacekeeping.core.MissingValueException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The checks of what a builder of the model is given, made before the builder changes: a null argument,
 * or a null element of a list, array or map, throws {@link MissingValueException} and leaves the builder as
 * it was. The builders that Immutables generates check each element as they add it, so that a null in the
 * middle of a list would leave the elements before it added; and they throw a bare
 * {@link NullPointerException} on a null list, array, map or {@code Optional}.
 *
 * <p>The checks copy nothing that is a collection, an array or a map: they walk it once, and the builder
 * then walks it again to add it; a list with random access is walked by index, without an iterator. Only an
 * iterable that is not a collection, which may be walked only once, is copied.
 *
 * <p>This package is not exported by the module: it serves the model's own packages, not its users.
 */
public final class Given {

    private static final String ELEMENT = " element";

    private Given() {
    }

    /**
     * Requires a value.
     *
     * @param <T>    the value's type
     * @param field  the JSON name of the field, not null
     * @param value  the value
     * @return the value, not null
     * @throws MissingValueException if the value is null: {@code Missing value for <field> (required)}
     */
    public static <T> T value(String field, T value) {
        if (value == null) {
            throw new MissingValueException(field);
        }
        return value;
    }

    /**
     * Requires an element of a list or a map.
     *
     * @param <T>      the element's type
     * @param field    the JSON name of the list or map, not null
     * @param element  the element
     * @return the element, not null
     * @throws MissingValueException if the element is null:
     *         {@code Invalid value for <field>: null element (elements must not be null)}
     */
    public static <T> T element(String field, T element) {
        if (element == null) {
            throw new MissingValueException(field + ELEMENT);
        }
        return element;
    }

    /**
     * Requires elements, and each of them.
     *
     * @param <T>       the elements' type
     * @param field     the JSON name of the list, not null
     * @param elements  the elements
     * @return the elements: the same collection, or for an iterable that is not a collection (which may be
     *         walked only once) a list of its elements
     * @throws MissingValueException if the elements or one of them is null
     */
    public static <T> Iterable<T> elements(String field, Iterable<T> elements) {
        value(field, elements);
        if (elements instanceof List && elements instanceof RandomAccess) {
            // By index, without allocating an iterator: the JSON readers give a decision's tasks as a list.
            List<T> list = (List<T>) elements;
            for (int i = 0; i < list.size(); i++) {
                element(field, list.get(i));
            }
            return elements;
        }
        if (elements instanceof Collection) {
            for (T element : elements) {
                element(field, element);
            }
            return elements;
        }
        List<T> copy = new ArrayList<>();
        for (T element : elements) {
            copy.add(element(field, element));
        }
        return copy;
    }

    /**
     * Requires an array of elements, and each of them.
     *
     * @param <T>       the elements' type
     * @param field     the JSON name of the list, not null
     * @param elements  the elements
     * @return the same array
     * @throws MissingValueException if the array or one of its elements is null
     */
    public static <T> T[] elements(String field, T[] elements) {
        value(field, elements);
        for (T element : elements) {
            element(field, element);
        }
        return elements;
    }

    /**
     * Requires a map, and each of its keys and values.
     *
     * @param <M>      the map's type
     * @param field    the JSON name of the map, not null
     * @param entries  the map
     * @return the same map
     * @throws MissingValueException if the map, one of its keys or one of its values is null
     */
    public static <M extends Map<?, ?>> M entries(String field, M entries) {
        value(field, entries);
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
            entry(field, entry);
        }
        return entries;
    }

    /**
     * Requires an entry of a map, and its key and value.
     *
     * @param <E>    the entry's type
     * @param field  the JSON name of the map, not null
     * @param entry  the entry
     * @return the same entry
     * @throws MissingValueException if the entry, its key or its value is null
     */
    public static <E extends Map.Entry<?, ?>> E entry(String field, E entry) {
        element(field, entry);
        element(field, entry.getKey());
        element(field, entry.getValue());
        return entry;
    }
}
