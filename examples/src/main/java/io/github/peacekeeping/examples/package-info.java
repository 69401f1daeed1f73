/**
 * The examples' command line, {@link io.github.peacekeeping.examples.PeacekeepingCli}: one runnable jar whose
 * subcommands show the library at work. Each subcommand lives in the package of what it shows:
 * {@code tour} (the UNTAG and UNAMIR case studies), {@code validate} (mission documents),
 * {@code catalogue} (the UN's operations since 1948) and {@code contributions} (the UN's monthly
 * contribution files).
 */
package io.github.peacekeeping.examples;
