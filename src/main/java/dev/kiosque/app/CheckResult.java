package dev.kiosque.app;

import dev.kiosque.model.FeedRef;

/** Whether a configured source answers with something readable, and what. */
public record CheckResult(FeedRef feed, boolean ok, String format, int items, String message) {}
