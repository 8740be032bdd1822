package dev.kiosque.feed;

import dev.kiosque.model.Enclosure;
import dev.kiosque.model.FeedMeta;
import dev.kiosque.model.Item;
import dev.kiosque.text.PlainText;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Atom 1.0 and 0.3 into items. Only an entry's own children count: the title, links and authors
 * of an {@code <atom:source>} describe another feed.
 */
final class AtomParser {

    private AtomParser() {}

    /** A text construct read as what it holds: HTML, or plain text that must not be parsed. */
    record Text(String value, boolean html) {
        String plain() {
            return html ? Html.line(value) : PlainText.line(value);
        }

        String asHtml() {
            return html ? value : Html.fromText(value);
        }
    }

    /** Reads the feed element {@code root}; {@code cutSource} is the text of a cut-off document, else null. */
    static FeedTree.Result parse(Element root, String docUrl, String cutSource) {
        Xml.Fields ff = Xml.fields(root, true);
        String rootBase = Links.base(root, docUrl);
        String link = FeedTree.alternateHref(ff.all("link"), rootBase);
        Text title = construct(ff.first("title"));
        Text subtitle = construct(ff.first("subtitle", "tagline", "info"));
        String language = FeedTree.language(Xml.attr(root, "xml:lang"));
        FeedMeta meta = new FeedMeta(title == null ? null : title.plain(), link,
                subtitle == null ? null : subtitle.plain(), language);
        String fallbackBase = link != null ? link : docUrl;
        List<Item> items = new ArrayList<>();
        for (Element entry : FeedTree.entries(root, "entry", true, cutSource)) {
            ItemBuilder b = entry(entry, docUrl, fallbackBase);
            if (!b.isEmpty()) items.add(b.build());
        }
        return new FeedTree.Result(meta, items);
    }

    private static ItemBuilder entry(Element entry, String docUrl, String fallbackBase) {
        Xml.Fields f = Xml.fields(entry, true);
        ItemBuilder b = new ItemBuilder();
        String base = FeedTree.hasXmlBase(entry) ? Links.base(entry, docUrl) : fallbackBase;
        b.id = Xml.text(f.first("id"));
        Text title = construct(f.first("title", "dc:title"));
        if (title != null) b.title = title.plain();
        List<Element> links = f.all("link");
        b.link = FeedTree.alternateHref(links, base);
        for (Element a : f.all("author")) b.author(personName(a));
        for (Element a : f.all("dc:creator")) b.author(Xml.text(a));
        b.published = firstDate(f, "published", "issued", "created", "dcterms:issued", "dc:date");
        b.updated = firstDate(f, "updated", "modified", "dcterms:modified", "dc:date");
        Text summary = construct(f.first("summary", "dc:description"));
        if (summary != null) {
            if (summary.html()) b.summaryHtml = summary.value();
            else b.summaryText = summary.value();
        }
        Text content = construct(f.first("content"));
        if (content != null) b.contentHtml = content.asHtml();
        for (Element c : f.all("category")) {
            String term = Xml.attr(c, "term");
            b.category(term != null ? term : Xml.attr(c, "label") != null ? Xml.attr(c, "label") : Xml.text(c));
        }
        for (Element c : f.all("dc:subject")) b.category(Xml.text(c));
        Element enc = FeedTree.relLink(links, "enclosure");
        if (enc != null) {
            String encBase = FeedTree.hasXmlBase(enc) ? Links.base(enc, docUrl) : base;
            b.enclosure = new Enclosure(Links.resolve(encBase, Xml.attr(enc, "href")), Xml.attr(enc, "type"),
                    RssParser.length(Xml.attr(enc, "length")));
        }
        return b;
    }

    /** The name of an Atom person construct; its text when it has no {@code <name>}. */
    private static String personName(Element person) {
        Xml.Fields f = Xml.fields(person, true);
        String name = f.text("name");
        if (name != null) return name;
        String email = f.text("email");
        if (email != null) return email;
        return Xml.hasElementChild(person) ? null : Xml.text(person);
    }

    private static Instant firstDate(Xml.Fields f, String... keys) {
        for (String k : keys) {
            Instant d = Dates.parse(f.text(k));
            if (d != null) return d;
        }
        return null;
    }

    /**
     * Reads an Atom text construct by its type (text, html, xhtml or a MIME type) and, in Atom 0.3,
     * its mode (xml, escaped, base64). Null for an absent or empty element or a binary payload.
     */
    static Text construct(Element el) {
        if (el == null || Xml.attr(el, "src") != null) return null;
        String type = lower(Xml.attr(el, "type"));
        String mode = lower(Xml.attr(el, "mode"));
        if (type == null) type = "text";
        boolean xhtml = type.equals("xhtml") || type.equals("application/xhtml+xml");
        boolean html = type.equals("html") || type.equals("text/html");
        boolean text = type.equals("text") || type.startsWith("text/");
        if (!xhtml && !html && !text) return otherMedia(el, type);
        String raw;
        if ("base64".equals(mode)) {
            raw = decodeBase64(Xml.wholeText(el));
        } else if (xhtml || Xml.hasElementChild(el)) {
            // Inline markup: in xhtml the one wrapping div is not content.
            Element only = Xml.soleElementChild(el);
            Element div = only != null && only.tag().localName().equalsIgnoreCase("div") && !Xml.hasOwnText(el) ? only : el;
            raw = div.html();
            html = true;
        } else {
            raw = Xml.wholeText(el);   // mode="escaped" is already undone by the parser; the type says what it is
        }
        if (raw == null) return null;
        raw = raw.strip();
        if (raw.isEmpty()) return null;
        return new Text(raw, html || xhtml);
    }

    /**
     * A construct of another media type. Atom puts XML types inline and every other type in
     * base64; a payload that decodes to readable UTF-8 is kept (as HTML when it looks like it),
     * while images and other binaries give null.
     */
    private static Text otherMedia(Element el, String type) {
        if (type.endsWith("+xml") || type.endsWith("/xml")) {
            String raw = (Xml.hasElementChild(el) ? el.html() : Xml.wholeText(el)).strip();
            return raw.isEmpty() ? null : new Text(raw, true);
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(Xml.wholeText(el).strip());
        } catch (IllegalArgumentException e) {   // not base64 at all: nothing readable
            return null;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        String decoded;
        try {
            decoded = utf8.decode(ByteBuffer.wrap(bytes)).toString().strip();
        } catch (CharacterCodingException e) {   // binary data (an image, a PDF): not text to show
            return null;
        }
        if (decoded.isEmpty() || decoded.indexOf('\0') >= 0) return null;
        return new Text(decoded, Html.looksLikeHtml(decoded));
    }

    private static String decodeBase64(String s) {
        try {
            return new String(Base64.getMimeDecoder().decode(s.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {   // not base64 after all: keep the text
            return s;
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
