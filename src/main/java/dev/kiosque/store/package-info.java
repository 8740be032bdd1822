/**
 * The local SQLite store: configured sources, items with their read and starred state, HTTP
 * validators, the fetch log the byte ledger builds on, and cached extracted articles.
 *
 * <p>{@link dev.kiosque.store.Store} is the only public entry point. The database runs in WAL mode
 * with a busy timeout, every write is a short {@code BEGIN IMMEDIATE} transaction retried when
 * another process holds the lock, and the schema evolves through the ordered list in
 * {@code Migrations}. This is the only package that may use {@code java.sql} or sqlite-jdbc.
 */
package dev.kiosque.store;
