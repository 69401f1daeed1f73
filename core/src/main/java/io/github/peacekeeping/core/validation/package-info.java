/**
 * Validators of the model: rules that need several objects or the historical record, each reporting
 * every finding with a severity, a stable code, a JSON Pointer path and a message.
 */
package io.github.peacekeeping.core.validation;
