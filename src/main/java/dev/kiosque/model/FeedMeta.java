package dev.kiosque.model;

/** Channel-level data of a parsed feed; any field may be null. */
public record FeedMeta(String title, String link, String description, String language) {}
