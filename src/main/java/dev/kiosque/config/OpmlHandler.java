package dev.kiosque.config;

import dev.kiosque.model.FeedRef;
import dev.kiosque.model.Section;
import dev.kiosque.text.PlainText;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Collects the feeds of an OPML document into sections, following the folder outlines. */
final class OpmlHandler extends DefaultHandler {

    /** Carries a located problem out of the SAX callbacks. */
    static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient ConfigException problem;

        Stop(ConfigException problem) {
            super(problem.getMessage());
            this.problem = problem;
        }

        ConfigException problem() {
            return problem;
        }
    }

    private final Path source;
    private final String defaultSection;
    /** Enclosing outlines, innermost first; null for an outline that names no folder. */
    private final Deque<String> folders = new ArrayDeque<>();
    private final Map<String, List<FeedRef>> sections = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();
    private Locator locator;
    private boolean root = true;

    OpmlHandler(Path source, String defaultSection) {
        this.source = source;
        this.defaultSection = defaultSection == null || defaultSection.isBlank()
                ? FeedsFileEditor.DEFAULT_SECTION : PlainText.line(defaultSection);
    }

    List<Section> sections() {
        List<Section> out = new ArrayList<>();
        sections.forEach((name, feeds) -> out.add(new Section(name, feeds)));
        return out;
    }

    @Override
    public void setDocumentLocator(Locator value) {
        locator = value;
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
        return new InputSource(new StringReader("")); // why: never fetch anything an OPML file points at
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (root) {
            root = false;
            if (!qName.equalsIgnoreCase("opml")) throw stop("not an OPML file (the root element is <" + qName + ">)");
        }
        if (!qName.equalsIgnoreCase("outline")) return;
        String xmlUrl = attribute(atts, "xmlUrl");
        String label = PlainText.line(firstNonBlank(attribute(atts, "title"), attribute(atts, "text")));
        if (xmlUrl == null || xmlUrl.isBlank()) {
            folders.push(label == null || label.isEmpty() ? "" : label);
            return;
        }
        folders.push("");
        addFeed(xmlUrl.strip(), label);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (qName.equalsIgnoreCase("outline") && !folders.isEmpty()) folders.pop();
    }

    private void addFeed(String xmlUrl, String label) throws SAXException {
        String url = xmlUrl.regionMatches(true, 0, "feed:", 0, 5) ? unwrapFeedScheme(xmlUrl) : xmlUrl;
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw stop("unsupported feed URL '" + PlainText.line(xmlUrl) + "' (kiosque imports http and https feeds)");
        }
        try {
            FeedUrls.normalise(url, Path.of(""));
        } catch (IllegalArgumentException e) {
            throw stop(e.getMessage());
        }
        if (!seen.add(url)) return;
        String section = folders.stream().filter(f -> !f.isEmpty()).findFirst().orElse(defaultSection);
        String name = label == null || label.isEmpty() || label.equals(xmlUrl) || label.equals(url) ? null : label;
        sections.computeIfAbsent(section, s -> new ArrayList<>()).add(FeedRef.feed(url, name, section));
    }

    /** {@code feed://host/x} means {@code http://host/x}; {@code feed:https://host/x} wraps a URL. */
    private static String unwrapFeedScheme(String url) {
        String rest = url.substring(5);
        return rest.startsWith("//") ? "http:" + rest : rest;
    }

    private static String attribute(Attributes atts, String name) {
        for (int i = 0; i < atts.getLength(); i++) {
            if (atts.getQName(i).equalsIgnoreCase(name)) return atts.getValue(i);
        }
        return null;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private Stop stop(String message) {
        int line = locator == null ? 0 : locator.getLineNumber();
        int column = locator == null ? 0 : locator.getColumnNumber();
        return new Stop(new ConfigException(source, Math.max(line, 0), Math.max(column, 0), message));
    }
}
