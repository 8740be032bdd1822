package dev.kiosque.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a source from disk with the same size cap as the network; nothing goes on the wire. */
final class FileFetch {

    private static final int OK = 200;

    private FileFetch() {}

    static FetchResult fetch(String url, long maxBytes) {
        Path path;
        try {
            path = Source.filePath(url);
        } catch (InvalidPathException e) {
            return failed(url, "not a valid file path: " + url);
        }
        try {
            if (Files.isDirectory(path)) return failed(url, "not a file: " + path);
            try (InputStream in = Files.newInputStream(path)) {
                CappedCopy copy = new CappedCopy(maxBytes);
                copy.readFrom(in);
                return new FetchResult.Ok(url, OK, copy.bytes(), null, null, null, null, 0,
                        copy.bytes().length, copy.truncated());
            }
        } catch (NoSuchFileException e) {
            return failed(url, "no such file: " + path);
        } catch (IOException | InvalidPathException | SecurityException e) {
            return failed(url, "cannot read " + path + ": " + Failures.shortMessage(e));
        }
    }

    private static FetchResult failed(String url, String reason) {
        return new FetchResult.Failed(url, 0, Failures.oneLine(reason), 0);
    }
}
