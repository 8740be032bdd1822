package dev.kiosque.feed;

import dev.kiosque.model.Enclosure;
import dev.kiosque.model.FeedMeta;
import dev.kiosque.model.Item;
import dev.kiosque.model.ParsedFeed;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Feed 1.0 and 1.1. Read as a token stream so a download cut inside the items array still
 * yields every item that arrived whole.
 */
final class JsonFeedParser {

    // Values are read one by one off a stream, so what follows each value is not an error here.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private JsonFeedParser() {}

    static ParsedFeed parse(String json, String docUrl) throws FeedException {
        JsonNode top;
        List<JsonNode> itemNodes = new ArrayList<>();
        boolean complete = true;
        tools.jackson.databind.node.ObjectNode head = MAPPER.createObjectNode();
        try (JsonParser p = MAPPER.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new FeedException("not a feed: JSON but not an object");
            try {
                for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (name.equals("items") && value == JsonToken.START_ARRAY) {
                        while (p.nextToken() == JsonToken.START_OBJECT) itemNodes.add(MAPPER.readTree(p));
                    } else {
                        head.set(name, MAPPER.readTree(p));
                    }
                }
            } catch (JacksonException e) {   // truncated or broken after some items: keep what is whole
                complete = false;
            }
            top = head;
        } catch (JacksonException e) {
            throw new FeedException("not a feed: invalid JSON");
        }
        if (!isJsonFeed(top, itemNodes)) throw new FeedException("not a feed: JSON without a JSON Feed version or items");
        String link = Links.resolve(docUrl, str(top, "home_page_url"));
        FeedMeta meta = new FeedMeta(ItemBuilder.plainLine(str(top, "title")), link,
                ItemBuilder.plainLine(str(top, "description")), str(top, "language"));
        String base = link != null ? link : docUrl;
        List<Item> items = new ArrayList<>();
        for (JsonNode n : itemNodes) {
            ItemBuilder b = item(n, base, top);
            if (!b.isEmpty()) items.add(b.build());
        }
        return new ParsedFeed(format(str(top, "version")), meta, items, complete);
    }

    private static ItemBuilder item(JsonNode n, String base, JsonNode top) {
        ItemBuilder b = new ItemBuilder();
        JsonNode id = n.get("id");
        if (id != null && id.isValueNode() && !id.isNull()) b.id = id.asString().strip();
        if (b.id != null && b.id.isEmpty()) b.id = null;
        b.titleHtml = str(n, "title");
        b.link = Links.resolve(base, str(n, "url"));
        if (b.link == null) b.link = Links.resolve(base, str(n, "external_url"));
        authors(b, n);
        if (b.authors.isEmpty()) authors(b, top);   // 1.1: items inherit the feed's authors
        b.published = Dates.parse(str(n, "date_published"));
        b.updated = Dates.parse(str(n, "date_modified"));
        b.summaryText = str(n, "summary");
        b.contentHtml = str(n, "content_html");
        if (b.contentHtml == null) b.contentHtml = Html.fromText(str(n, "content_text"));
        JsonNode tags = n.get("tags");
        if (tags != null && tags.isArray()) {
            for (JsonNode t : tags.values()) {
                if (t.isString()) b.category(t.stringValue());
            }
        }
        JsonNode att = n.get("attachments");
        if (att != null && att.isArray() && !att.isEmpty() && att.get(0).isObject()) {
            JsonNode a = att.get(0);
            String url = Links.resolve(base, str(a, "url"));
            if (url != null) {
                JsonNode size = a.get("size_in_bytes");
                b.enclosure = new Enclosure(url, str(a, "mime_type"), size != null && size.isNumber() ? size.asLong() : -1);
            }
        }
        return b;
    }

    private static void authors(ItemBuilder b, JsonNode n) {
        JsonNode list = n.get("authors");
        if (list != null && list.isArray()) {
            for (JsonNode a : list.values()) b.author(a.isObject() ? str(a, "name") : null);
        }
        JsonNode single = n.get("author");   // 1.0
        if (single != null && single.isObject()) b.author(str(single, "name"));
    }

    private static boolean isJsonFeed(JsonNode top, List<JsonNode> items) {
        String version = str(top, "version");
        return version != null && version.contains("jsonfeed.org") || !items.isEmpty() && top.has("title");
    }

    private static String format(String version) {
        if (version != null && version.endsWith("/1")) return "json1.0";
        if (version != null && version.endsWith("/1.1")) return "json1.1";
        return "json";
    }

    /** A string property, trimmed, or null when absent, empty or not a string. */
    static String str(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || !v.isString()) return null;
        String s = v.stringValue().strip();
        return s.isEmpty() ? null : s;
    }
}
