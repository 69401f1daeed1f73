/**
 * The validator of mission documents in the JSON wire format: every finding as
 * {@code SEVERITY CODE PATH: message}, or as JSON Lines with its file, line and column for CI pipelines,
 * and an exit code a script can test.
 */
package io.github.peacekeeping.examples.validate;
