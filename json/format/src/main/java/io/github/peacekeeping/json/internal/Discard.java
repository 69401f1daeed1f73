package io.github.peacekeeping.json.internal;

/**
 * A writer that writes nothing: writing a value to it runs the writers' checks alone, so that a record
 * writer refuses a record before any of it reaches the output.
 *
 * <p>This class is thread-safe: its {@link #buffer()} is shared by every thread and never read, since
 * what is written to it is dropped.
 */
public final class Discard implements TokenWriter {

    /** The one instance. */
    public static final Discard INSTANCE = new Discard();

    private final char[] buffer = new char[BUFFER];

    private Discard() {
    }

    @Override
    public void startObject() {
    }

    @Override
    public void endObject() {
    }

    @Override
    public void startArray(int size) {
    }

    @Override
    public void endArray() {
    }

    @Override
    public void name(Symbol name) {
    }

    @Override
    public void symbol(Symbol value) {
    }

    @Override
    public void string(String value) {
    }

    @Override
    public void string(char[] text, int offset, int length) {
    }

    @Override
    public void number(int value) {
    }

    @Override
    public void bool(boolean value) {
    }

    @Override
    public char[] buffer() {
        return buffer;
    }
}
