/**
 * The JSON wire format of the peacekeeping model, with Jackson 2 (artifact {@code peacekeeping-json}).
 *
 * <p>{@link io.github.peacekeeping.json.PeacekeepingJson} reads and writes missions, and streams
 * contribution records as JSON Lines, with no Jackson setup; {@link io.github.peacekeeping.json.PeacekeepingModule}
 * is the Jackson module for users of an {@code ObjectMapper}. Every error in the input is a
 * {@link io.github.peacekeeping.json.PeacekeepingJsonException} that names the problem, the JSON path,
 * the line and the column. The JSON Schema (draft 2020-12) of the format is
 * {@link io.github.peacekeeping.json.PeacekeepingJson#missionSchema()}. The Jackson 3 binding,
 * {@code peacekeeping-json-jackson3}, has the same API in {@code io.github.peacekeeping.json.jackson3}.
 */
package io.github.peacekeeping.json;
