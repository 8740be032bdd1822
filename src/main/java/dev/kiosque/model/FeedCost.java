package dev.kiosque.model;

/** What one source cost over a period: its URL, the name it is stored under (may be null), and its traffic. */
public record FeedCost(String url, String name, Traffic traffic) {}
