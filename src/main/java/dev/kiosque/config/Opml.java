package dev.kiosque.config;

import dev.kiosque.model.FeedRef;
import dev.kiosque.model.Section;
import dev.kiosque.model.SourceKind;
import dev.kiosque.text.PlainText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * OPML 2.0 import and export; sections are folders (outer outlines).
 *
 * <p>Export writes each section as a folder outline and each feed as a {@code type="rss"} outline
 * with {@code xmlUrl}. Html sources have no feed URL other readers could use, so they are written
 * as {@code type="link"} outlines with {@code url}, which import skips. Import reads with the JDK's
 * SAX parser with DOCTYPEs refused and external entities off, so entity bombs and XXE cannot work.
 */
public final class Opml {

    /** A subscription list with thousands of feeds is a few hundred kilobytes. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final String INDENT = "  ";

    private Opml() {}

    /** The configured sections and feeds as an OPML 2.0 document. */
    public static String export(Config config) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n")
                .append(INDENT).append("<head>\n")
                .append(INDENT.repeat(2)).append("<title>kiosque feeds</title>\n")
                .append(INDENT).append("</head>\n")
                .append(INDENT).append("<body>\n");
        for (Section section : config.sections()) {
            String name = attr(section.name());
            out.append(INDENT.repeat(2)).append("<outline text=\"").append(name).append("\" title=\"").append(name)
                    .append("\">\n");
            for (FeedRef feed : section.feeds()) {
                String text = attr(feed.name() != null ? feed.name() : feed.url());
                out.append(INDENT.repeat(3)).append("<outline ");
                if (feed.kind() == SourceKind.HTML) {
                    out.append("type=\"link\" text=\"").append(text).append("\" url=\"");
                } else {
                    out.append("type=\"rss\" text=\"").append(text).append("\" title=\"").append(text)
                            .append("\" xmlUrl=\"");
                }
                out.append(attr(feed.url())).append("\"/>\n");
            }
            out.append(INDENT.repeat(2)).append("</outline>\n");
        }
        return out.append(INDENT).append("</body>\n</opml>\n").toString();
    }

    /** Parses OPML; nested outlines become sections (feeds outside any folder go to {@code defaultSection}). */
    public static List<Section> parse(byte[] opml, String defaultSection) throws ConfigException {
        return parse(opml, defaultSection, Path.of("OPML"));
    }

    /**
     * Parses OPML read from {@code source} (named in error messages). Each feed goes to the
     * section named by its innermost enclosing folder outline, else to {@code defaultSection}.
     * Folders that hold no feed are skipped; a URL seen twice is kept once, where first seen;
     * {@code feed://} URLs become {@code http://}.
     *
     * @throws ConfigException for a file that is too large, not well-formed, declares a DOCTYPE,
     *     is not OPML, or lists a feed URL kiosque cannot fetch (located at its outline)
     */
    public static List<Section> parse(byte[] opml, String defaultSection, Path source) throws ConfigException {
        if (opml.length > MAX_BYTES) {
            throw new ConfigException(source, 0, 0, String.format("the file is too large (%,d bytes; the limit is %,d)",
                    opml.length, MAX_BYTES));
        }
        OpmlHandler handler = new OpmlHandler(source, defaultSection);
        try {
            newParser().parse(new InputSource(new ByteArrayInputStream(opml)), handler);
        } catch (OpmlHandler.Stop stop) {
            throw stop.problem();
        } catch (SAXParseException e) {
            throw new ConfigException(source, e.getLineNumber(), e.getColumnNumber(), explain(e.getMessage()));
        } catch (SAXException | IOException e) {
            throw new ConfigException(source, 0, 0, "cannot read OPML: " + PlainText.line(e.getMessage()));
        }
        return handler.sections();
    }

    private static SAXParser newParser() throws ConfigException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK XML parser cannot be hardened", e);
        }
    }

    private static String explain(String message) {
        String m = message == null ? "" : message;
        if (m.contains("DOCTYPE")) return "DOCTYPE declarations are not allowed in OPML files";
        return "not well-formed XML: " + PlainText.line(m);
    }

    /** Text for an XML attribute: plain one-line text, with markup characters escaped. */
    private static String attr(String value) {
        String clean = PlainText.line(value);
        StringBuilder out = new StringBuilder(clean.length());
        for (char c : clean.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c != 0xFFFE && c != 0xFFFF) out.append(c); // why: not allowed anywhere in XML 1.0
                }
            }
        }
        return out.toString();
    }
}
