package dev.kiosque.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, from the properties file Maven filters at package time. */
public final class Version {
    private static final String VALUE = load();

    private Version() {}

    public static String get() {
        return VALUE;
    }

    /** The User-Agent every request sends. */
    public static String userAgent() {
        return "kiosque/" + VALUE;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/kiosque-version.properties")) {
            if (in == null) return "dev";
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
