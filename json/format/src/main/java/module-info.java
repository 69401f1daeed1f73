/**
 * Internal to the JSON bindings of the peacekeeping model: the one description of the wire format and
 * the readers, writers and error messages that {@code io.github.peacekeeping.json} (Jackson 2) and
 * {@code io.github.peacekeeping.json.jackson3} (Jackson 3) share. It exports its package to those two
 * modules only; it is no API, and on the class path the package name says so.
 */
module io.github.peacekeeping.json.internal {
    requires transitive io.github.peacekeeping.core;

    exports io.github.peacekeeping.json.internal to io.github.peacekeeping.json, io.github.peacekeeping.json.jackson3;
}
