package dev.kiosque.store;

/** What saving a parsed feed changed. */
public record SaveResult(int added, int updated, int unchanged) {}
