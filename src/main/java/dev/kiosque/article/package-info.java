/**
 * Readable-content extraction: turns a news page into an {@link dev.kiosque.model.Article} with its
 * metadata (title, byline, date, site, section, language) and its body as width-independent
 * blocks, without the page's menus, ads, share buttons, related boxes, comments and footers.
 *
 * <p>The pipeline, narrated by {@link dev.kiosque.article.Extractor}: {@code Charsets} decodes the
 * bytes; jsoup parses once; {@code Metadata} reads JSON-LD, OpenGraph, {@code <time>} and visible
 * bylines and date lines; {@code Pruner} drops what is never content; {@code Scoring} picks the
 * container holding the article (a Readability-family score of text length, commas, link density
 * and class/id hints in French and English) with a looser retry when unsure; {@code Cleanup}
 * removes ads, "Lire aussi" boxes and the like inside it; {@code BlockWriter} turns what remains
 * into blocks. The tuned thresholds live in {@link dev.kiosque.article.ExtractorSettings}; a few
 * structural constants (runner-up ratios, label lengths) are named, with their units, in the class
 * that uses them. Every tree walk is iterative, so deeply nested pages cannot overflow the stack.
 */
package dev.kiosque.article;
