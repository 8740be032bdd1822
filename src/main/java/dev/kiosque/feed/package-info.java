/**
 * Feed parsing: RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed read leniently into
 * {@link dev.kiosque.model.ParsedFeed} records ({@link dev.kiosque.feed.FeedReader}), pages without a
 * feed read through CSS selectors ({@link dev.kiosque.feed.HtmlSource}), feed autodiscovery
 * ({@link dev.kiosque.feed.Discovery}), real-world dates ({@link dev.kiosque.feed.Dates}) and the
 * plain text of HTML fragments ({@link dev.kiosque.feed.Html}).
 *
 * <p>Item mapping decisions, shared by every format:
 * <ul>
 *   <li>{@code id}: guid / Atom id / JSON id, else the link, else {@code sha256:} of title and date.</li>
 *   <li>{@code title} and {@code summary} are one line of plain text; {@code contentHtml} is HTML
 *       (Atom and JSON plain-text content is escaped into HTML), null when the feed has no full text.</li>
 *   <li>An RSS description is the summary. Without {@code content:encoded} (or {@code xhtml:body})
 *       a description of three or more paragraphs, or 2,000+ characters, is also the content, since
 *       such feeds put whole articles there; the summary is then cut to 600 characters.</li>
 *   <li>Without a summary, the summary is taken from the content (also cut to 600 characters).</li>
 *   <li>{@code published}: pubDate, Atom published/issued/created, {@code dc:date}, JSON
 *       date_published. {@code updated}: Atom updated/modified, {@code dcterms:modified},
 *       {@code dc:date}, JSON date_modified. An Atom entry with only {@code updated} has a null
 *       {@code published}: callers that sort by date should use {@code published}, else {@code updated}.</li>
 *   <li>Links are absolute: {@code xml:base} in effect, else the feed's own link, else the feed URL.</li>
 * </ul>
 *
 * <p>Everything here is pure: bytes in, records out, no I/O. The wire formats are read by one
 * package-private parser each, which fill an {@code ItemBuilder}; the builder owns the fallbacks
 * (id from link or hash, summary from content) so the parsers stay a list of element mappings.
 */
package dev.kiosque.feed;
