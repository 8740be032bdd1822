package dev.kiosque.store;

/**
 * What a refresh needs to know of a source before fetching it, read together: its state
 * ({@code state}, null when the store has never seen it) and its schedule.
 */
public record RefreshState(FeedState state, FeedSchedule schedule) {}
