package dev.kiosque.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc's native library, extracted once per driver version into the data directory and
 * loaded from there.
 *
 * <p>Why: left alone, sqlite-jdbc copies its 1.1 MB library from the jar into {@code /tmp} under a
 * new random name on every run, reads it back to compare, and scans {@code /tmp} for old copies
 * (~115 ms of every start), and a killed run leaves its copy behind. The data directory is the
 * one place a run is sure to be able to write (the store checks it before opening). Every step
 * here may fail (no jar, a full disk, a mount that forbids loading code): the run then goes on
 * with sqlite-jdbc's own extraction, as if this class did not exist.
 */
final class NativeLibrary {
    // Strings are joined with concat and StringBuilder, not "+", on purpose: this runs at every
    // start, and "+" bootstraps invokedynamic machinery on first use (~10 ms here, issue 6).

    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final String TMPDIR_PROPERTY = "org.sqlite.tmpdir";
    /** Where sqlite-jdbc keeps its libraries in its jar. */
    private static final String RESOURCES = "/org/sqlite/native/";

    private static boolean tried;

    private NativeLibrary() {}

    /**
     * Before the first connection of the process: loads the cached library under
     * {@code dataDir/native} and points sqlite-jdbc at it, unless the user chose a library with
     * {@code org.sqlite.lib.path} or {@code org.sqlite.lib.name}. Never fails.
     */
    static synchronized void prepare(Path dataDir) {
        if (tried) return;
        tried = true;
        if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null
                || System.getProperty("org.sqlite.osinfo.architecture") != null) {
            return;                                // the user's choice of library or platform wins
        }
        install(dataDir);
    }

    /** Loads the cached library and points sqlite-jdbc at it; false (and nothing changed) on any failure. */
    static boolean install(Path dataDir) {
        try {
            Path lib = cached(dataDir.resolve("native"));
            if (lib == null) return false;
            // Loaded here first so that a library that cannot load (noexec mount, another libc)
            // falls back silently; sqlite-jdbc would print an error before falling back itself.
            System.load(lib.toString());
            System.setProperty(NAME_PROPERTY, lib.getFileName().toString());
            System.setProperty(PATH_PROPERTY, lib.getParent().toString());
            // sqlite-jdbc scans its temporary directory for old copies on every start (~10 ms with a
            // busy /tmp); it extracts nothing now, so let it scan this small directory instead.
            if (System.getProperty(TMPDIR_PROPERTY) == null) System.setProperty(TMPDIR_PROPERTY, lib.getParent().toString());
            return true;
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            return false;                          // sqlite-jdbc's own extraction still works: this was only a shortcut
        }
    }

    /**
     * The library for this platform and driver version under {@code root}, extracted there first
     * when missing or different from the jar's (same size and CRC-32 as the jar entry it names);
     * null when the driver's jar has no library for this platform.
     *
     * <p>The directory is named after the driver version and what decides the platform (OS,
     * architecture, musl or not), and holds the library and {@code source}, the jar resource it was
     * copied from: asking sqlite-jdbc which resource fits the platform costs ~25 ms (it resolves
     * every file the process has mapped), so that is done only when extracting.
     */
    static Path cached(Path root) throws IOException {
        Path dir = root.resolve(new StringBuilder("sqlite-").append(SQLiteJDBCLoader.getVersion()).append('-')
                .append(platform()).toString());
        Path lib = dir.resolve(LibraryLoaderUtil.getNativeLibName());
        Path source = dir.resolve("source");
        String known = Files.isRegularFile(source) ? Files.readString(source).strip() : "";
        String name = lib.getFileName().toString();
        if (known.startsWith(RESOURCES) && known.endsWith("/".concat(name))) {
            JarEntry entry = entry(known);
            if (entry != null && matches(lib, entry)) return lib;
        }
        String resource = LibraryLoaderUtil.getNativeLibResourcePath().concat("/").concat(name);
        JarEntry entry = entry(resource);
        if (entry == null) return null;
        Files.createDirectories(dir);
        if (!matches(lib, entry) && !extract(resource, entry, lib)) return null;
        replace(source, resource.getBytes(StandardCharsets.UTF_8));
        return lib;
    }

    /** What decides which library sqlite-jdbc picks: OS, architecture, and musl or glibc on Linux. */
    private static String platform() throws IOException {
        String os = System.getProperty("os.name", "");
        StringBuilder platform = new StringBuilder();
        for (char c : os.concat("-").concat(System.getProperty("os.arch", "")).toCharArray()) {
            platform.append(Character.isLetterOrDigit(c) || c == '.' || c == '-' ? c : '_');   // a safe directory name
        }
        // one read of /proc/self/maps instead of sqlite-jdbc's check of every mapped file
        Path maps = Path.of("/proc/self/maps");
        if (os.equals("Linux") && Files.isReadable(maps) && containsMusl(Files.readAllBytes(maps))) platform.append("-musl");
        return platform.toString();
    }

    /** True when {@code bytes} contain "musl" in any case, as sqlite-jdbc's own check reads paths. */
    private static boolean containsMusl(byte[] bytes) {
        for (int i = 0; i + 4 <= bytes.length; i++) {
            if ((bytes[i] | 0x20) == 'm' && (bytes[i + 1] | 0x20) == 'u' && (bytes[i + 2] | 0x20) == 's'
                    && (bytes[i + 3] | 0x20) == 'l') {
                return true;
            }
        }
        return false;
    }

    /** The jar entry of {@code resource}, with its size and CRC from the jar's directory; null if none. */
    private static JarEntry entry(String resource) throws IOException {
        URL url = SQLiteJDBCLoader.class.getResource(resource);
        if (url == null || !(url.openConnection() instanceof JarURLConnection jar)) return null;
        JarEntry entry = jar.getJarEntry();
        return entry.getSize() < 0 || entry.getCrc() < 0 ? null : entry;
    }

    /** Copies {@code resource} to {@code lib}, checking its CRC; false when the copy is not the entry. */
    private static boolean extract(String resource, JarEntry entry, Path lib) throws IOException {
        CRC32 sum = new CRC32();
        byte[] bytes;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) return false;
            bytes = in.readAllBytes();
        }
        sum.update(bytes);
        if (sum.getValue() != entry.getCrc() || bytes.length != entry.getSize()) return false;
        replace(lib, bytes);
        return true;
    }

    /** Writes {@code bytes} aside and renames them into place: a concurrent run sees the old file or the new one, whole. */
    private static void replace(Path file, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), ".".concat(file.getFileName().toString()).concat("-"), ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** True when {@code file} has the size and CRC-32 of {@code entry} (1 MB from the page cache: about a millisecond). */
    private static boolean matches(Path file, JarEntry entry) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != entry.getSize()) return false;
        CRC32 sum = new CRC32();
        sum.update(Files.readAllBytes(file));
        return sum.getValue() == entry.getCrc();
    }
}
