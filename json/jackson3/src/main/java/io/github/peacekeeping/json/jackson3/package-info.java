/**
 * The JSON wire format of the peacekeeping model, with Jackson 3 ({@code tools.jackson}, artifact
 * {@code peacekeeping-json-jackson3}), as Spring Boot 4 uses it.
 *
 * <p>{@link io.github.peacekeeping.json.jackson3.PeacekeepingJson} reads and writes missions, and streams
 * contribution records as JSON Lines, with no Jackson setup;
 * {@link io.github.peacekeeping.json.jackson3.PeacekeepingModule} is the Jackson module for users of a
 * {@code JsonMapper}. Every error in the input is a
 * {@link io.github.peacekeeping.json.jackson3.PeacekeepingJsonException} (unchecked, as every Jackson 3
 * exception) that names the problem, the JSON path, the line and the column, with the same messages as
 * the Jackson 2 binding's. Do not use both bindings' modules for one mapper: each is for its own Jackson.
 */
package io.github.peacekeeping.json.jackson3;
