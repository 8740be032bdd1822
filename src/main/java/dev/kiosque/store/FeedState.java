package dev.kiosque.store;

import java.time.Instant;

/** What the store remembers of one source between refreshes (fields null when never fetched). */
public record FeedState(String url, String title, String etag, String lastModified, Instant lastFetched,
                        int lastStatus, String lastError) {}
