package dev.kiosque.model;

/** What a configured source is: a syndication feed, or an HTML page scraped with CSS selectors. */
public enum SourceKind { FEED, HTML }
