package io.github.peacekeeping.json.internal;

import io.github.peacekeeping.core.PeacekeepingException;

/**
 * Thrown by the writers for a value of the model that the wire format cannot hold, such as a date
 * after the year 9999 or a string longer than the readers accept; its field is the path of the value,
 * e.g. {@code Invalid value for mandates[2].effective: +10000-01-01 (the wire format holds years 0 to 9999)}.
 * It is the model's exception ({@link PeacekeepingException}), with the model's message template.
 *
 * <p>Instances are not meant to be shared between threads while they are being thrown, like every
 * exception; their state never changes after construction.
 */
public final class WriteRefusal extends PeacekeepingException {

    private static final long serialVersionUID = 1L;

    WriteRefusal(String path, String value, String rule) {
        super(path, value, rule, Messages.oneLine(PeacekeepingException.message(path, value, rule)));
    }
}
