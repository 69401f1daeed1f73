/**
 * The one description of the peacekeeping wire format, shared by the Jackson 2 and Jackson 3 bindings:
 * internal, not API (the module exports this package to the two bindings only, and the package name
 * says so on the class path).
 *
 * <h2>The description</h2>
 * {@link io.github.peacekeeping.json.internal.Format} declares every object of the format once, as a
 * {@link io.github.peacekeeping.json.internal.WireObject}: its fields in the order they are written,
 * each with its name (core's {@code FieldNames}), the kind of its value, whether it is required, how
 * its value reaches the model's builder (a setter or an adder) and how it is read from the model (a
 * getter). Field shapes: one value ({@code required}, {@code optional}), an {@code int}
 * ({@code requiredInt}, {@code optionalInt}, without boxing), a {@code boolean} (required, or optional
 * with a default that is not written), an array (required; optional and left out when empty; or
 * optional with an empty array that differs from an absent one). Value kinds
 * ({@link io.github.peacekeeping.json.internal.Value}): text, calendar dates, dates known to the day,
 * the month or the year (read from the parser's characters, as calendar dates are), booleans whose
 * absence means "not recorded", country codes, the constants of an enum or any explicit table
 * ({@link io.github.peacekeeping.json.internal.Constants}), nested objects, unions of objects told apart
 * by a discriminator ({@link io.github.peacekeeping.json.internal.Union}, the components by
 * {@code type}), and text that a type of the model parses itself (a {@code DateRange}). An object of
 * exactly one of several fields (an actor: {@code {"state": "RWA"}} or {@code {"organization": "OAU"}}...)
 * is a {@code WireObject} of optional fields whose builder refuses none and more than one
 * ({@link io.github.peacekeeping.json.internal.ActorParts}); an object that holds itself (a force led by
 * actors, one of which may be a force) names its kind through a
 * {@link io.github.peacekeeping.json.internal.Deferred}. A model type made by a factory rather than a
 * builder (an {@code Authorization}, a participant, a mission link) is built from parts that collect its
 * fields. The fields that wire format v2 adds are declared in the same objects; a v2 field is written only
 * when it carries information, so that a v1 document is written back as it was. A second JSON Lines
 * record type is one more {@code WireObject} read by
 * {@link io.github.peacekeeping.json.internal.RecordLines}. Adding a field is one declaration in
 * {@code Format} plus its model code; readers, writers, error messages and the schema test follow.
 *
 * <h2>Reading</h2>
 * Token by token, in one pass, from a {@link io.github.peacekeeping.json.internal.TokenReader} that each
 * binding implements over its own Jackson parser, or, for UTF-8 bytes (a mission document of up to 1 MiB
 * read from a stream or a file, and JSON Lines line by line), from the library's own strict parser of the
 * bytes in memory ({@link io.github.peacekeeping.json.internal.Utf8Parser}), which spares the calls through
 * the binding's parser per token (a fifth to a quarter of the reading's time). It reads only what it reads
 * exactly as Jackson does and gives up on everything else (malformed JSON, limits reached or nearly,
 * unusual UTF-8, escaped surrogates); a document it gives up on, or that the readers refuse, is read again
 * from the same bytes by the binding's parser
 * ({@link io.github.peacekeeping.json.internal.Utf8Documents}), and JSON Lines are handed over to the
 * binding's parser from the first such line, after as many line breaks as lines before it
 * ({@link io.github.peacekeeping.json.internal.Utf8Lines}): values, errors, messages, positions and line
 * numbers are Jackson's either way, and an error costs a second pass. Each field name is foreseen as the
 * one declared after the field read last (the order the writers use), and the parser matches the input's
 * bytes against the
 * foreseen name's encoded form ({@link io.github.peacekeeping.json.internal.TokenReader#nextName(Symbol)}),
 * with no lookup in its table of names; a name foreseen wrongly is found by its hash in the object's
 * table. Its position goes into an array reused from object to object
 * ({@link io.github.peacekeeping.json.internal.Reading}), and its value goes straight to the builder; no
 * databind, no reflection, nothing allocated per token; a date equal to the one read before it (the
 * month-ends of a mission's deployments) is the same {@code LocalDate}. Fields come in any order. A union whose
 * discriminator is not its first field is recorded ({@link io.github.peacekeeping.json.internal.Recording})
 * and read again from the recording, with the input's positions; the writers always put it first.
 * Unknown fields are refused, or skipped whole; a repeated field, known or not, is always refused; a
 * missing required field is named; when the model's builder refuses the object, the error points at
 * the field its exception names.
 *
 * <h2>Writing</h2>
 * The same declarations write to a {@link io.github.peacekeeping.json.internal.TokenWriter}, in the
 * declared order, names and constants encoded once ({@link io.github.peacekeeping.json.internal.Symbol}):
 * over the binding's generator, or, for a compact mission document in UTF-8 (to a stream or a file),
 * straight into its bytes ({@link io.github.peacekeeping.json.internal.Utf8Tokens}, the generator's text
 * byte for byte, with no generator in between). An optional field's getter, declared as a lambda that
 * returns the value or null, lets the JIT drop the model's {@code Optional} instead of allocating one per
 * value written. Each value is checked before it is written
 * ({@link io.github.peacekeeping.json.internal.WriteChecks}): the writers refuse what the readers would
 * refuse. Documents are written into memory ({@link io.github.peacekeeping.json.internal.BoundedBytes},
 * {@link io.github.peacekeeping.json.internal.BoundedChars}, at most the readers' length; a thread keeps
 * a buffer of up to 64 KiB for its next document) and reach their destination whole; dates are composed
 * in the writer's own buffer ({@link io.github.peacekeeping.json.internal.TokenWriter#buffer()}); files are replaced only by a complete one
 * ({@link io.github.peacekeeping.json.internal.AtomicFiles}); a JSON Lines record is checked whole
 * against {@link io.github.peacekeeping.json.internal.Discard} before any of it is written.
 *
 * <h2>Errors</h2>
 * Every reading error is made by {@link io.github.peacekeeping.json.internal.Problems} and worded by
 * {@link io.github.peacekeeping.json.internal.Messages}, with core's template
 * ({@code PeacekeepingException.message}); the binding turns the resulting
 * {@link io.github.peacekeeping.json.internal.ReadFailure} into its own {@code PeacekeepingJsonException}
 * at its boundary, so that both bindings give the same messages. A writing error is the model's
 * exception ({@link io.github.peacekeeping.json.internal.WriteRefusal}), named by the value's path.
 */
package io.github.peacekeeping.json.internal;
