package io.github.peacekeeping.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.ComponentType;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MandateTask;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.PoliceCategory;
import io.github.peacekeeping.core.Region;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The names of a set of constants in the wire format, for reading them from the parser's characters
 * without creating a string: the enum constants by {@code name()}, the component types by
 * {@link ComponentType#typeName()}. An explicit table: nothing is looked up by class name.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <E> the type of the constants
 */
final class Names<E> {

    /** The regions. */
    static final Names<Region> REGION = ofEnum(Region.values());
    /** The authorizing bodies. */
    static final Names<AuthorizingBody> BODY = ofEnum(AuthorizingBody.values());
    /** The mandate actions. */
    static final Names<MandateAction> ACTION = ofEnum(MandateAction.values());
    /** The mandate tasks. */
    static final Names<MandateTask> TASK = ofEnum(MandateTask.values());
    /** The leadership roles. */
    static final Names<LeadershipRole> ROLE = ofEnum(LeadershipRole.values());
    /** The categories of a military component. */
    static final Names<MilitaryCategory> MILITARY = ofEnum(MilitaryCategory.values());
    /** The categories of a police component. */
    static final Names<PoliceCategory> POLICE = ofEnum(PoliceCategory.values());
    /** Every personnel category. */
    static final Names<PersonnelCategory> CATEGORY =
            new Names<>(PersonnelCategory.values().toArray(new PersonnelCategory[0]), PersonnelCategory::name);
    /** The component types: {@code military}, {@code police}, {@code civilian}. */
    static final Names<ComponentType> TYPE = new Names<>(ComponentType.values(), ComponentType::typeName);

    private final E[] values;
    private final char[][] names;
    private final List<String> expected;

    private Names(E[] values, Function<E, String> name) {
        this.values = values.clone();
        this.names = new char[values.length][];
        List<String> expected = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            String text = name.apply(values[i]);
            names[i] = text.toCharArray();
            expected.add(text);
        }
        this.expected = List.copyOf(expected);
    }

    private static <E extends Enum<E>> Names<E> ofEnum(E[] values) {
        return new Names<>(values, Enum::name);
    }

    /**
     * Returns the names, in the order of the constants: the "expected one of" list of errors.
     *
     * @return the names, unmodifiable
     */
    List<String> names() {
        return expected;
    }

    /**
     * Reads a constant from the current token.
     *
     * @param p      the parser, on the value, not null
     * @param field  the field's name for errors, null at the root
     * @return the constant, not null
     * @throws IOException if the token is not the name of a constant, or cannot be read
     */
    E read(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Errors.invalid(p, field, "expected a string", expected);
        }
        char[] text = p.getTextCharacters();
        int at = p.getTextOffset();
        int length = p.getTextLength();
        candidates:
        for (int i = 0; i < names.length; i++) {
            char[] name = names[i];
            if (name.length != length) {
                continue;
            }
            for (int j = 0; j < length; j++) {
                if (name[j] != text[at + j]) {
                    continue candidates;
                }
            }
            return values[i];
        }
        throw Errors.unknownValue(p, field, expected);
    }
}
