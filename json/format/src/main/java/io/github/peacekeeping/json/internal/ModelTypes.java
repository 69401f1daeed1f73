package io.github.peacekeeping.json.internal;

import io.github.peacekeeping.core.Mission;

/**
 * The classes of the model that the wire format does not hold (a contributor's record, a validator, a
 * rule set...): a mapper with a binding's module refuses them with a message that says so, rather
 * than write them as beans that would lose their data or fail obscurely. Enums are left to Jackson,
 * which writes and reads their names without loss.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ModelTypes {

    private static final String CORE = Mission.class.getPackageName();

    private ModelTypes() {
    }

    /**
     * Tells why a class is refused, for a class of the model that the binding's module does not handle.
     *
     * @param type  a class the module does not handle, not null
     * @return the refusal, or null if the class is not the model's or is an enum
     */
    public static String refusal(Class<?> type) {
        String name = type.getPackageName();
        if (type.isEnum() || !name.equals(CORE) && !name.startsWith(CORE + ".")) {
            return null;
        }
        return type.getSimpleName() + " is not part of the peacekeeping wire format: read and write the "
                + "missions, contribution and fatality records and validation reports that hold its data";
    }
}
