package dev.kiosque.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and validates feeds.yaml. The file must be UTF-8 text of at most {@link #MAX_BYTES};
 * every problem, from a tab in the indentation to a duplicate feed, is a {@link ConfigException}
 * whose message reads {@code FILE:LINE:COL: what is wrong}, pointing at the offending key or value.
 *
 * <p>Feed URLs written as paths ({@code ./local.xml}, {@code /srv/feed.xml}) are resolved against
 * the directory of the file and become absolute {@code file:} URLs in {@code FeedRef.url}, so that
 * a {@code FeedRef} always says what to fetch: an http(s) URL or a {@code file:} URL.
 */
public final class ConfigLoader {

    /** A hand-written feeds.yaml is a few kilobytes; anything past this is not one. */
    public static final int MAX_BYTES = 1024 * 1024;

    private ConfigLoader() {}

    /** Loads {@code file}; every problem is a {@link ConfigException} with file:line:col. */
    public static Config load(Path file) throws ConfigException {
        return parse(readText(file), file);
    }

    /** Parses YAML text as if read from {@code file} (used for messages and relative paths only). */
    public static Config parse(String yaml, Path file) throws ConfigException {
        return read(yaml, file).config();
    }

    /** Parses and keeps the layout of the text, for the editor. */
    static ConfigReader.Result read(String yaml, Path file) throws ConfigException {
        if (yaml.length() > MAX_BYTES) throw tooLarge(file, yaml.length());
        String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
        checkCharacters(text, file);
        return new ConfigReader(file).read(YamlReader.read(text, file));
    }

    /** Reads the file as strict UTF-8, refusing binary, non-UTF-8 and oversized files. */
    static String readText(Path file) throws ConfigException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw new ConfigException(file, 0, 0, "is a directory, not a feeds.yaml file");
            long size = Files.size(file);
            if (size > MAX_BYTES) throw tooLarge(file, size);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file, 0, 0, "no such file (create it, or pass --config FILE)");
        } catch (AccessDeniedException e) {
            throw new ConfigException(file, 0, 0, "permission denied");
        } catch (IOException e) {
            throw new ConfigException(file, 0, 0, "cannot read: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) throw tooLarge(file, bytes.length);
        return decode(bytes, file);
    }

    private static String decode(byte[] bytes, Path file) throws ConfigException {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw new ConfigException(file, 0, 0, "the file is UTF-16 text; save it as UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) throw at(bytes, i, file, "binary file (NUL byte), not YAML text");
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return utf8.decode(in).toString();
        } catch (MalformedInputException e) {
            int bad = in.position();
            throw at(bytes, bad, file, String.format("not UTF-8 text (byte 0x%02X); save the file as UTF-8",
                    bytes[bad] & 0xFF));
        } catch (CharacterCodingException e) {
            throw new ConfigException(file, 0, 0, "not UTF-8 text; save the file as UTF-8");
        }
    }

    private static boolean startsWith(byte[] bytes, int b0, int b1) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == b0 && (bytes[1] & 0xFF) == b1;
    }

    /** A located error at byte {@code offset}, whose prefix is valid UTF-8. */
    private static ConfigException at(byte[] bytes, int offset, Path file, String message) {
        String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        String lastLine = before.substring(before.lastIndexOf('\n') + 1);
        return new ConfigException(file, line, lastLine.codePointCount(0, lastLine.length()) + 1, message);
    }

    /** Rejects control characters that YAML forbids, with their position (the YAML library gives none). */
    static void checkCharacters(String text, Path file) throws ConfigException {
        int line = 1;
        for (int start = 0; start < text.length(); line++) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            // a call per line: compiled (C1) after a few hundred lines, where one loop over the
            // whole text would stay interpreted (issue 6)
            int bad = firstForbidden(text, start, end);
            if (bad >= 0) {
                int c = text.codePointAt(bad);
                String what = c == 0 ? "binary file (NUL character), not YAML text"
                        : String.format("control character U+%04X is not allowed; remove it", c);
                throw new ConfigException(file, line, 1 + text.codePointCount(start, bad), what);
            }
            start = end + 1;
        }
    }

    /** The offset of the first character YAML forbids in {@code text[start, end)}, or -1. */
    private static int firstForbidden(String text, int start, int end) {
        for (int i = start; i < end; ) {
            char ch = text.charAt(i);
            if (ch >= 0x20 && ch <= 0x7E) {          // fast path: printable ASCII, most of any feeds.yaml
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            if (!allowed(c)) return i;
            i += Character.charCount(c);
        }
        return -1;
    }

    /** YAML 1.2's printable set. */
    private static boolean allowed(int c) {
        return c == '\t' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
    }

    private static ConfigException tooLarge(Path file, long size) {
        // 1:1 so that the message has the FILE:LINE:COL shape every config error has (issue 7)
        return new ConfigException(file, 1, 1, String.format(java.util.Locale.ROOT,
                "the file is too large (%,d bytes; the limit is %,d)", size, MAX_BYTES));
    }
}
