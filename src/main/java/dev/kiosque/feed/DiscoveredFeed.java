package dev.kiosque.feed;

/** A feed a page declares ({@code <link rel="alternate">}) or one found at a usual path. */
public record DiscoveredFeed(String url, String title, String type) {}
