/**
 * The reference catalogue of the UN's peacekeeping operations since 1948, read from
 * {@code operations.json} with the model's own value types; its corrections to the UN's list are in
 * {@code operations.PROVENANCE.txt}.
 */
package io.github.peacekeeping.examples.catalogue;
