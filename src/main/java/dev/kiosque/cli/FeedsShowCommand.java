package dev.kiosque.cli;

import dev.kiosque.app.FeedPreview;
import dev.kiosque.cli.output.Json;
import dev.kiosque.model.FeedMeta;
import dev.kiosque.model.Item;
import dev.kiosque.text.PlainText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kiosque feeds show SOURCE}: parse a feed without storing it. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Parse a feed (URL or file) and print what kiosque sees, without storing anything.")
final class FeedsShowCommand extends BaseCommand implements Callable<Integer> {

    enum Format { PLAIN, JSON }

    @Parameters(paramLabel = "SOURCE", description = "feed URL or file path")
    String source;

    @Option(names = "--format", paramLabel = "FMT", description = "plain or json (default: plain)")
    Format format = Format.PLAIN;

    @Override
    public Integer call() throws Exception {
        Context ctx = ctx();
        FeedPreview preview = ctx.sources().preview(source);
        if (format == Format.JSON) {
            ctx.out.println(Json.pretty(json(preview)));
        } else {
            FeedMeta meta = preview.feed().meta();
            ctx.out.println(PlainText.line(meta == null || meta.title() == null ? preview.url() : meta.title())
                    + "  (" + preview.feed().format() + ", " + preview.feed().items().size() + " items"
                    + (preview.feed().complete() ? "" : ", damaged: kept the complete items") + ")");
            DateTimeFormatter dates = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(ZoneId.systemDefault());
            for (Item item : preview.feed().items()) {
                String date = item.published() == null ? " ".repeat(16) : dates.format(item.published());
                ctx.out.println("  " + date + "  " + PlainText.line(item.title()));
                if (item.link() != null) ctx.out.println("  " + " ".repeat(16) + "  " + PlainText.line(item.link()));
            }
        }
        ctx.out.flush();
        return ExitCodes.OK;
    }

    /** The JSON shape of DESIGN.md. */
    static Map<String, Object> json(FeedPreview preview) {
        FeedMeta meta = preview.feed().meta();
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("title", meta == null ? null : Json.text(meta.title()));
        feed.put("link", meta == null ? null : Json.text(meta.link()));
        feed.put("description", meta == null ? null : Json.text(meta.description()));
        feed.put("language", meta == null ? null : Json.text(meta.language()));
        List<Map<String, Object>> items = new ArrayList<>();
        List<Item> list = preview.feed().items();
        for (int i = 0; i < list.size(); i++) {
            Item it = list.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", Json.text(it.id()));
            m.put("title", Json.text(it.title()));
            m.put("link", Json.text(it.link()));
            m.put("author", Json.text(it.author()));
            m.put("published", Json.date(it.published()));
            m.put("updated", Json.date(it.updated()));
            m.put("summary", Json.text(it.summary()));
            String content = preview.contentText().get(i);
            m.put("content", content == null ? null : PlainText.sanitize(content));
            m.put("categories", it.categories().stream().map(Json::text).toList());
            items.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("feed", feed);
        root.put("items", items);
        return root;
    }
}
