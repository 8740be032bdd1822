package dev.kiosque.model;

/**
 * A failure whose message is already one plain line for the user (what and where), so the
 * command line can print it as it is. Lower layers extend it for their expected failures.
 */
public class ReportedException extends RuntimeException {
    public ReportedException(String message) {
        super(message);
    }

    public ReportedException(String message, Throwable cause) {
        super(message, cause);
    }
}
