package dev.kiosque.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a feed says it changes: RSS 2.0 {@code <ttl>} (minutes) and the RSS 1.0 syndication
 * module's {@code sy:updatePeriod} / {@code sy:updateFrequency} (any prefix). These are
 * channel-level elements written before the items, so only the head of the document is scanned:
 * no second parse of the whole feed. The tags are ASCII, so any ASCII-compatible encoding works.
 */
public final class UpdateHints {

    /** Channel elements come before the items; scanning more would only find item-level noise. */
    static final int HEAD_BYTES = 16 * 1024;

    private static final Pattern TTL = Pattern.compile("<ttl\\s*>\\s*(\\d{1,7})\\s*</ttl\\s*>");
    private static final Pattern PERIOD = Pattern.compile("<(?:[\\w.-]+:)?updatePeriod\\s*>\\s*(\\w+)\\s*<");
    private static final Pattern FREQUENCY = Pattern.compile("<(?:[\\w.-]+:)?updateFrequency\\s*>\\s*(\\d{1,6})\\s*<");
    private static final Pattern FIRST_ITEM = Pattern.compile("<(?:item|entry)[\\s>]");

    private UpdateHints() {}

    /**
     * The update period a feed announces, or null when it announces none (or nonsense). With both
     * {@code ttl} and {@code sy:updatePeriod}, the longer wins: both are the publisher's own words.
     */
    public static Duration period(byte[] body) {
        if (body == null || body.length == 0) return null;
        String head = new String(body, 0, Math.min(body.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        Matcher item = FIRST_ITEM.matcher(head);
        if (item.find()) head = head.substring(0, item.start());
        Duration ttl = ttl(head);
        Duration sy = syndication(head);
        if (ttl == null) return sy;
        if (sy == null) return ttl;
        return ttl.compareTo(sy) >= 0 ? ttl : sy;
    }

    private static Duration ttl(String head) {
        Matcher m = TTL.matcher(head);
        if (!m.find()) return null;
        long minutes = Long.parseLong(m.group(1));
        return minutes > 0 ? Duration.ofMinutes(minutes) : null;
    }

    private static Duration syndication(String head) {
        Matcher m = PERIOD.matcher(head);
        if (!m.find()) return null;
        Duration period = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "hourly" -> Duration.ofHours(1);
            case "daily" -> Duration.ofDays(1);
            case "weekly" -> Duration.ofDays(7);
            case "monthly" -> Duration.ofDays(30);
            case "yearly" -> Duration.ofDays(365);
            default -> null;
        };
        if (period == null) return null;
        Matcher f = FREQUENCY.matcher(head);
        long frequency = f.find() ? Long.parseLong(f.group(1)) : 1;  // the module's default is once per period
        return frequency > 0 ? period.dividedBy(frequency) : period;
    }
}
