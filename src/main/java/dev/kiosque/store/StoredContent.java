package dev.kiosque.store;

/** The feed-supplied body of an item: full content HTML (or null) and the plain summary. */
public record StoredContent(String contentHtml, String summary) {}
