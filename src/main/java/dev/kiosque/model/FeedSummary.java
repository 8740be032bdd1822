package dev.kiosque.model;

import java.time.Instant;

/** Counts and last-fetch state of one configured source, as the store knows it. */
public record FeedSummary(String name, String url, int items, int unread, Instant lastFetched,
                          String lastError) {}
