package dev.kiosque.app;

/** Progress of a refresh; called from worker threads, so implementations must be thread-safe. */
public interface RefreshListener {
    RefreshListener NONE = new RefreshListener() {};

    /** The refresh is about to fetch {@code total} sources. */
    default void started(int total) {}

    /** One source is done (in completion order). */
    default void feedDone(FeedOutcome outcome) {}
}
