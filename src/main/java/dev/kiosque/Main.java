package dev.kiosque;

/** Entry point: builds the command line and exits with its code. The only System.exit. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(0);
    }
}
