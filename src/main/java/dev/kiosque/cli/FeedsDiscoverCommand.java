package dev.kiosque.cli;

import dev.kiosque.app.Discovered;
import dev.kiosque.text.PlainText;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kiosque feeds discover URL}: the feeds a site offers, or a ready html source. */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"List the feeds a page declares or that answer at the usual paths",
                "(/feed, /rss, /rss.xml, /feed.xml, /atom.xml, /index.xml);",
                "for a page without feeds, propose a 'type: html' entry for feeds.yaml."})
final class FeedsDiscoverCommand extends BaseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "URL", description = "a site's page")
    String url;

    @Override
    public Integer call() throws Exception {
        Context ctx = ctx();
        List<Discovered> found = ctx.sources().discover(url);
        if (found.isEmpty()) {
            ctx.err.println("no feed found for " + url);
            return ExitCodes.FAILURE;
        }
        for (Discovered d : found) {
            if ("html".equals(d.type())) {
                ctx.err.println("no feed found; this entry reads the page's article links:");
                ctx.out.println("      - url: " + d.url());
                ctx.out.println("        type: html");
                ctx.out.println("        select: " + quoted(d.select()));
                if (d.titleSelector() != null) ctx.out.println("        title: " + quoted(d.titleSelector()));
                if (d.dateSelector() != null) ctx.out.println("        date: " + quoted(d.dateSelector()));
                if (d.summarySelector() != null) ctx.out.println("        summary: " + quoted(d.summarySelector()));
            } else {
                String title = d.title() == null ? "" : "  " + PlainText.line(d.title());
                ctx.out.println(d.url() + "\t" + (d.type() == null ? "feed" : d.type()) + "\t" + d.how() + title);
            }
        }
        ctx.out.flush();
        return ExitCodes.OK;
    }

    /** A YAML double-quoted scalar. */
    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
