package dev.kiosque.model;

/** A media attachment announced by a feed item (never downloaded). {@code length} is -1 when unknown. */
public record Enclosure(String url, String type, long length) {}
