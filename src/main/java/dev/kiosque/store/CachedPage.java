package dev.kiosque.store;

import java.time.Instant;

/**
 * The validators of a cached article page, for a conditional GET, and its size on the wire
 * (what a 304 saves). Any field but {@code fetchedAt} may be null or 0.
 */
public record CachedPage(String etag, String lastModified, long wireBytes, Instant fetchedAt) {}
