/**
 * The reference catalogue of the UN's peacekeeping operations since 1948, read from
 * {@code operations.jsonl} with the JSON module into the model's own type, {@code MissionProfile}, with the
 * operations' links and aliases; its corrections to the UN's list and its sources are in
 * {@code operations.PROVENANCE.txt}.
 */
package io.github.peacekeeping.examples.catalogue;
