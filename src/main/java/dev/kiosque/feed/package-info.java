/**
 * Feed parsing: RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed read leniently into
 * {@link dev.kiosque.model.ParsedFeed} records ({@link dev.kiosque.feed.FeedReader}), pages without a
 * feed read through CSS selectors ({@link dev.kiosque.feed.HtmlSource}), feed autodiscovery
 * ({@link dev.kiosque.feed.Discovery}), real-world dates ({@link dev.kiosque.feed.Dates}) and the
 * plain text of HTML fragments ({@link dev.kiosque.feed.Html}).
 *
 * <p>Everything here is pure: bytes in, records out, no I/O. The wire formats are read by one
 * package-private parser each, which fill an {@code ItemBuilder}; the builder owns the fallbacks
 * (id from link or hash, summary from content) so the parsers stay a list of element mappings.
 */
package dev.kiosque.feed;
