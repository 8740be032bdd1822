/**
 * The command line: one class per command, option parsing, output formats and exit codes.
 * Commands are thin: parse options, call one use case of {@code app}, hand the result to a
 * formatter. stdout is data, stderr is talk.
 */
package dev.kiosque.cli;
