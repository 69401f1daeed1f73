/**
 * The domain model of United Nations peacekeeping: {@link io.github.peacekeeping.core.Mission missions},
 * the {@link io.github.peacekeeping.core.Mandate decisions} of the Security Council or the General
 * Assembly that set their mandates, their military, police and civilian
 * {@link io.github.peacekeeping.core.Component components}, the member states that
 * {@link io.github.peacekeeping.core.Contributor contribute} uniformed personnel, and their
 * {@link io.github.peacekeeping.core.Appointment leadership}.
 *
 * <p>Every type is immutable and thread-safe. Aggregates are built with builders
 * ({@code Mission.builder()...build()}), small values with {@code of} and {@code parse} factories. A
 * builder refuses a null argument, or a null element of a list, array or map, with a
 * {@link io.github.peacekeeping.core.MissingValueException} that names the field, and a refused call leaves
 * the builder as it was: a bulk add adds none of its elements. The setters of an optional field that take
 * its value, not an {@code Optional}, take null as absent.
 *
 * <p>Construction refuses inconsistent objects with a {@link io.github.peacekeeping.core.PeacekeepingException}
 * whose message names the field, with the name the JSON wire format gives it, and the value.
 * Rules that need several objects, or the historical record, are checked by the validators in
 * {@link io.github.peacekeeping.core.validation}, which report every finding instead of throwing.
 */
@Value.Style(
    // The generated ImmutableX classes stay package-private: users see Mission and Mission.Builder.
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    // No withX() copies: each would re-run the checks on intermediate states. Use builder().from(x).
    defaults = @Value.Immutable(copy = false),
    // No Guava, nothing from Immutables at run time.
    jdkOnly = true,
    // Generated classes carry no annotation found on the class path, Immutables' own @Generated included:
    // a consumer compiles against this jar without Immutables, even with -Xlint:all -Werror. Override
    // stands for "none", as the Javadoc of Value.Style.allowedClasspathAnnotations suggests.
    allowedClasspathAnnotations = Override.class,
    // Absent and null required values become the library's own documented exception.
    throwForInvalidImmutableState = MissingValueException.class,
    throwForNullPointer = MissingValueException.class,
    // Optional attributes take null as "absent", as the JSON format does.
    optionalAcceptNullable = true,
    // Each public X.Builder is written by hand and wraps the generated ImmutableX.Builder: the generated
    // methods are public and final, so a subclass could neither check a null list, array, map or Optional
    // before them nor undo the elements a bulk add made before a null one. Immutables would take a nested
    // class named Builder as the superclass of its own: no nested class bears the name it looks for. The
    // generated builder is made with new ImmutableX.Builder(), so that X.builder() stays the model's.
    typeInnerBuilder = "NoSuchBuilder",
    builder = "new",
    depluralize = true,
    // addHost, addMandate, addDeployment...; an appointment is one entry of the leadership.
    // Diplomacy: addAlias, not addAliase; a decision's supports are added with addAgreement(name).
    depluralizeDictionary = {"appointment:leadership", "alias:aliases", "agreement:supports"})
package io.github.peacekeeping.core;

import org.immutables.value.Value;
