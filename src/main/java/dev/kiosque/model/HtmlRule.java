package dev.kiosque.model;

/**
 * CSS selectors for a {@code type: html} source. {@code select} matches one element per article
 * (an {@code <a>}, or an element holding one); the others are optional and relative to each match.
 */
public record HtmlRule(String select, String title, String date, String summary) {}
