/**
 * Peace agreements and the settlement plans that missions exist to support: their names and dates, their
 * {@link io.github.peacekeeping.core.agreement.Participant participants} (the parties, and the third parties
 * that mediated, facilitated, guaranteed, witnessed or proposed them), and the UN documents and PA-X records
 * that hold them. A mission carries the {@link io.github.peacekeeping.core.agreement.PeaceAgreement
 * agreements} it supports; a decision names those it supports
 * ({@link io.github.peacekeeping.core.Mandate#supports()}).
 *
 * <p>Every type is immutable and thread-safe.
 */
package io.github.peacekeeping.core.agreement;
