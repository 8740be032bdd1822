package dev.kiosque.article;

import dev.kiosque.model.Block;
import dev.kiosque.text.PlainText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the chosen content into blocks in document order, in one iterative walk: headings,
 * paragraphs (two {@code <br>} in a row also end one), list items with their depth, quotes,
 * captions, preformatted text, data tables as rows of cells, and images by their alt text.
 * Links become spans over the block text pointing into one list of absolute http(s) URLs.
 */
final class BlockWriter {

    private record Frame(Element owner, Block.Kind kind, int level) {}

    private final ExtractorSettings settings;
    private final Set<Element> drop;
    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, Integer> links = new LinkedHashMap<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final InlineText inline = new InlineText();
    private int listDepth;
    private int breaks;

    BlockWriter(ExtractorSettings settings, Set<Element> drop) {
        this.settings = settings;
        this.drop = drop;
    }

    /** Writes the blocks of {@code root} after those already written. */
    void write(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return enter(node);
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element) leave((Element) node);
                return FilterResult.CONTINUE;
            }
        }, root);
        flush();
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    List<String> links() {
        return List.copyOf(links.keySet());
    }

    private NodeFilter.FilterResult enter(Node node) {
        if (node instanceof TextNode) {
            text((TextNode) node);
            return NodeFilter.FilterResult.CONTINUE;
        }
        if (!(node instanceof Element)) return NodeFilter.FilterResult.SKIP_ENTIRELY;
        Element e = (Element) node;
        if (drop.contains(e)) return NodeFilter.FilterResult.SKIP_ENTIRELY;
        return element(e, e.normalName());
    }

    /** Text joins the current block; after two {@code <br>} in a row it starts a new one. */
    private void text(TextNode t) {
        if (breaks >= 2 && !t.isBlank()) flush();
        if (!t.isBlank()) breaks = 0;
        inline.append(t.getWholeText());
    }

    private NodeFilter.FilterResult element(Element e, String tag) {
        switch (tag) {
            case "br":
                breaks++;
                inline.space();
                return NodeFilter.FilterResult.CONTINUE;
            case "img": case "amp-img":
                image(e);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            case "pre":
                flush();
                preformatted(e);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            case "table":
                if (Tables.isData(e, settings)) {
                    flush();
                    table(e);
                    return NodeFilter.FilterResult.SKIP_ENTIRELY;
                }
                break;
            case "a":
                link(e);
                return NodeFilter.FilterResult.CONTINUE;
            case "ul": case "ol":
                listDepth++;
                break;
            default:
        }
        if (Tags.isBlock(tag) || isCaption(e)) {
            flush();
            Frame frame = frameFor(e, tag);
            if (frame != null) frames.push(frame);
        }
        return NodeFilter.FilterResult.CONTINUE;
    }

    private void leave(Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) {
            inline.endLink();
            return;
        }
        if (tag.equals("ul") || tag.equals("ol")) listDepth = Math.max(0, listDepth - 1);
        if (Tags.isBlock(tag) || isCaption(e)) {
            flush();
            if (!frames.isEmpty() && frames.peek().owner() == e) frames.pop();
        }
    }

    /** The block kind an element imposes on the text inside it, or null when it imposes none. */
    private Frame frameFor(Element e, String tag) {
        if (Tags.HEADINGS.contains(tag)) return new Frame(e, Block.Kind.HEADING, tag.charAt(1) - '0');
        switch (tag) {
            case "li": case "dd": case "dt":
                return new Frame(e, Block.Kind.LIST_ITEM, Math.max(0, listDepth - 1));
            case "blockquote":
                return new Frame(e, Block.Kind.QUOTE, 0);
            case "figcaption":
                return new Frame(e, Block.Kind.CAPTION, 0);
            default:
                return isCaption(e) ? new Frame(e, Block.Kind.CAPTION, 0) : null;
        }
    }

    private static boolean isCaption(Element e) {
        return Hints.caption(e);
    }

    private void flush() {
        breaks = 0;
        int open = inline.openLink();
        inline.endLink();
        String text = inline.text();
        if (!text.isEmpty()) {
            Frame f = frames.peek();
            Block.Kind kind = f == null ? Block.Kind.PARAGRAPH : f.kind();
            blocks.add(new Block(kind, text, f == null ? 0 : f.level(), inline.spans(), List.of()));
        }
        inline.reset();
        if (open >= 0) inline.startLink(open);
    }

    private void link(Element a) {
        String url = a.absUrl("href");
        if (!url.startsWith("http://") && !url.startsWith("https://")) return;
        Integer index = links.get(url);
        if (index == null) {
            index = links.size();
            links.put(url, index);
        }
        inline.startLink(index);
    }

    private void image(Element img) {
        if (!inline.isEmpty()) return;  // an inline picture inside a sentence is decoration
        String alt = PlainText.line(img.attr("alt"));
        if (alt != null && !alt.isEmpty()) blocks.add(Block.of(Block.Kind.IMAGE, alt));
    }

    private void preformatted(Element pre) {
        String text = PlainText.sanitize(pre.wholeText()).replace("\t", "    ").strip();
        if (!text.isEmpty()) blocks.add(Block.of(Block.Kind.PREFORMATTED, text));
    }

    private void table(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : Tables.rows(table)) {
            List<String> row = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (Tables.isCell(cell)) row.add(PlainText.line(cell.text()));
            }
            if (!row.isEmpty() && row.stream().anyMatch(c -> !c.isEmpty())) rows.add(row);
        }
        Element caption = table.selectFirst("caption");
        String text = caption == null ? "" : PlainText.line(caption.text());
        blocks.add(new Block(Block.Kind.TABLE, text, 0, List.of(), rows));
    }
}
