package dev.kiosque.app;

/**
 * A source found for a site: a declared or probed feed, or, when the page has none, a ready
 * {@code type: html} entry ({@code select} set, {@code type} "html").
 */
public record Discovered(String url, String title, String type, String how, String select, String titleSelector,
                         String dateSelector, String summarySelector) {}
