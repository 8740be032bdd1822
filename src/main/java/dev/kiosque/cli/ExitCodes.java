package dev.kiosque.cli;

/** The exit codes of DESIGN.md. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int PARTIAL = 3;

    private ExitCodes() {}
}
