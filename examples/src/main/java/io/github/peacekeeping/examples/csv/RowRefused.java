package io.github.peacekeeping.examples.csv;

/**
 * Why one row of a file cannot be imported, thrown while the row is mapped and caught by the importer for
 * that row alone, which records it as a refusal with the row's line: {@code incident_date "1994-05-32" is not
 * an ISO-8601 date}. It carries no stack trace: it is a reason, not a bug.
 */
public final class RowRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Constructs the refusal of a row.
     *
     * @param reason  why the row is refused, naming the column and the value, not null
     */
    public RowRefused(String reason) {
        super(reason, null, false, false);
    }
}
