package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * A field that holds an {@code int}, without boxing. A number reads as an integer when it is one, as
 * JSON Schema's {@code integer} says: {@code 1442.0} and {@code 1.442e3} are 1442; {@code 1.5},
 * {@code 1e10} and {@code "12"} are refused. This class is immutable and thread-safe.
 *
 * @param <T> the type of the object
 * @param <B> the type of its builder
 */
final class IntField<T, B> extends Field<T, B> {

    static final String RULE = "expected an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;

    /** What an optional field's getter returns when the value is absent: no {@code int} is. */
    static final long ABSENT = Long.MIN_VALUE;

    private final ObjIntConsumer<B> set;
    /** The value of a required field. */
    private final ToIntFunction<T> get;
    /** The value of an optional field, or {@link #ABSENT}. */
    private final ToLongFunction<T> getOptional;

    private IntField(String name, boolean required, ObjIntConsumer<B> set, ToIntFunction<T> get,
            ToLongFunction<T> getOptional) {
        super(name, required);
        this.set = set;
        this.get = get;
        this.getOptional = getOptional;
    }

    static <T, B> IntField<T, B> required(String name, ObjIntConsumer<B> set, ToIntFunction<T> get) {
        return new IntField<>(name, true, set, get, null);
    }

    static <T, B> IntField<T, B> optional(String name, ObjIntConsumer<B> set, ToLongFunction<T> getOrAbsent) {
        return new IntField<>(name, false, set, null, getOrAbsent);
    }

    /**
     * Returns an optional {@code int} as an optional field's getter does: its value, or {@link #ABSENT}.
     *
     * @param value  the value, not null
     * @return the value, or {@link #ABSENT}
     */
    static long orAbsent(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : ABSENT;
    }

    @Override
    void read(TokenReader in, B builder, Reading reading) throws IOException {
        if (!isNull(in)) {
            set.accept(builder, readInt(in, name));
        }
    }

    static int readInt(TokenReader in, String field) throws IOException {
        Token token = in.current();
        if (token == Token.INTEGER) {
            if (in.isInt()) {
                return in.intValue();
            }
        } else if (token == Token.DECIMAL) {
            try {
                BigDecimal value = in.decimalValue();
                return value.intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw Problems.invalid(in, field, RULE, List.of());
            }
        }
        throw Problems.invalid(in, field, RULE, List.of());
    }

    @Override
    void write(T object, TokenWriter out) throws IOException {
        int value;
        if (required) {
            value = get.applyAsInt(object);
        } else {
            long optional = getOptional.applyAsLong(object);
            if (optional == ABSENT) {
                return;
            }
            value = (int) optional;
        }
        out.name(symbol);
        out.number(value);
    }
}
