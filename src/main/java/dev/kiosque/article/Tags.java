package dev.kiosque.article;

import java.util.Set;

/** Sets of tag names the extractor reasons with. */
final class Tags {

    /** Elements removed before anything else: never readable text. */
    static final Set<String> NEVER_CONTENT = Set.of("script", "style", "template", "svg", "math", "canvas",
            "iframe", "object", "embed", "input", "button", "select", "textarea", "label", "option",
            "link", "meta", "nav", "dialog", "amp-ad", "amp-analytics", "amp-sidebar",
            "amp-consent", "amp-embed", "amp-sticky-ad", "amp-social-share", "amp-iframe", "head", "title",
            "base", "audio", "video", "source", "track", "map", "area", "frame", "frameset", "applet");

    /** Elements that start a new block of text. */
    static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
            "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
            "html", "noscript");

    /** Elements whose own text makes a paragraph that scores its ancestors. */
    static final Set<String> SCORED = Set.of("p", "pre", "td", "div", "section", "article", "blockquote", "dd",
            "font", "span", "center", "main");

    /** Headings. */
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private Tags() {}

    static boolean isBlock(String tag) {
        return BLOCK.contains(tag);
    }
}
