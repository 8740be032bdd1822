package dev.kiosque.cli;

import dev.kiosque.app.ArticleResult;
import dev.kiosque.app.ArticleUnavailableException;
import dev.kiosque.cli.output.Json;
import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import dev.kiosque.model.MarkRequest;
import dev.kiosque.render.Renderer;
import dev.kiosque.text.PlainText;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kiosque read TARGET}: one article as clean text. */
@Command(name = "read", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show an article as clean, readable text.",
                "TARGET: an item id from 'kiosque headlines', a URL, a file path, or - for stdin."})
final class ReadCommand extends BaseCommand implements Callable<Integer> {

    /** Default width when the terminal's is unknown or wider: long lines are hard to read. */
    static final int DEFAULT_WIDTH = 80;

    enum Format { TEXT, MARKDOWN, JSON }

    @Parameters(paramLabel = "TARGET", description = "item id, URL, file path, or -")
    String target;

    @Option(names = "--width", paramLabel = "N", description = "wrap at N columns (default: min(terminal width, 80))")
    Integer width;

    @Option(names = "--format", paramLabel = "FMT", description = "text, markdown or json (default: text)")
    Format format = Format.TEXT;

    @Override
    public Integer call() throws Exception {
        Context ctx = ctx();
        if (width != null && width < 20) throw new CliException("--width must be at least 20", ExitCodes.USAGE);
        ArticleResult result = load(ctx);
        if (result.note() != null) ctx.err.println("note: " + result.note());
        Article article = result.article();
        switch (format) {
            case TEXT -> ctx.out.print(Renderer.text(article, width != null ? width : Math.min(ctx.terminal.columns(), DEFAULT_WIDTH), ctx.locale()));
            case MARKDOWN -> ctx.out.print(Renderer.markdown(article));
            case JSON -> ctx.out.println(Json.pretty(json(article)));
        }
        ctx.out.flush();
        return ExitCodes.OK;
    }

    private ArticleResult load(Context ctx) throws Exception {
        if (target.matches("\\d{1,18}")) {
            var library = ctx.library();
            ArticleResult result = library.open(Long.parseLong(target), ctx.options.offline);
            library.mark(MarkRequest.items(MarkRequest.Op.READ, List.of(result.item().id())));
            return result;
        }
        if (target.matches("(?i)https?://.*") && (ctx.options.offline || Files.exists(ctx.configFile()))) {
            // With a store: the page is kept by URL and revalidated (a 304 costs headers only).
            try {
                return ctx.library().openUrl(target);
            } catch (ArticleUnavailableException e) {
                throw new CliException(e.getMessage(), ExitCodes.FAILURE);
            }
        }
        return ctx.sources().read(target, ctx.in);
    }

    /** The JSON shape of DESIGN.md. */
    static Map<String, Object> json(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", Json.text(a.url()));
        m.put("title", Json.text(a.title()));
        m.put("byline", Json.text(a.byline()));
        m.put("published", Json.date(a.published()));
        m.put("site", Json.text(a.site()));
        m.put("section", Json.text(a.section()));
        m.put("lang", a.lang());
        m.put("text", PlainText.sanitize(a.text()));
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (Block b : a.blocks()) {
            if (b.kind() == Block.Kind.IMAGE) continue;
            Map<String, Object> block = new LinkedHashMap<>();
            block.put("type", b.kind().jsonName());
            block.put("text", PlainText.sanitize(b.kind() == Block.Kind.TABLE ? tableText(b) : b.text()));
            blocks.add(block);
        }
        m.put("blocks", blocks);
        // Links are URLs as the page wrote them: jsoup resolves them but keeps bidi and control characters.
        m.put("links", a.links().stream().map(Json::text).toList());
        m.put("words", a.words());
        return m;
    }

    private static String tableText(Block b) {
        List<String> lines = new ArrayList<>();
        if (b.text() != null && !b.text().isEmpty()) lines.add(b.text());
        for (List<String> row : b.rows()) lines.add(String.join(" | ", row));
        return String.join("\n", lines);
    }
}
