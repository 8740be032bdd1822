package dev.kiosque.bench;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.kiosque.feed.FeedReader;
import dev.kiosque.model.ParsedFeed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Feed parsing throughput, kiosque's {@link FeedReader#read} against ROME 2.1.0, on feedfarm
 * feeds written to files ({@code bench/jmh.sh} generates them). One operation parses one feed,
 * from bytes to the reader's model, taking the feeds in turn, so the score is feeds per second
 * over the farm's mix of RSS 2.0, Atom and RSS 1.0. Both sniff the charset from the bytes.
 *
 * <p>Not quite the same work: kiosque also turns each item's HTML into sanitised plain text and
 * parses dates leniently, ROME keeps the markup as it came.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class FeedParsingBench {

    /** Property naming the directory of feed files when {@link #feeds} is not given. */
    static final String FEEDS_PROPERTY = "kiosque.bench.feeds";
    private static final String DEFAULT_FEEDS = "bench/data/feeds";
    /** The base URL the feeds were generated with; only used to resolve relative links. */
    private static final String BASE = "http://127.0.0.1:8765/feeds/";

    /** Directory of {@code NNN.xml} feed files; empty: the property, else {@code bench/data/feeds}. */
    @Param("")
    public String feeds;

    private List<Corpus.Sample> samples;
    private int next;
    private final SyndFeedInput rome = new SyndFeedInput();

    @Setup
    public void load() throws Exception {
        samples = Corpus.read(Corpus.directory(feeds, FEEDS_PROPERTY, DEFAULT_FEEDS), ".xml", name -> BASE + name);
        // Both parsers must take every feed whole, or the comparison would be unfair.
        int ours = 0;
        int theirs = 0;
        for (Corpus.Sample s : samples) {
            ours += FeedReader.read(s.body(), s.url(), null).items().size();
            theirs += rome.build(new XmlReader(new ByteArrayInputStream(s.body()))).getEntries().size();
        }
        if (ours != theirs) throw new IllegalStateException("items: kiosque " + ours + ", ROME " + theirs);
        System.err.printf("%n%d feeds, %.1f MB, %d items (both parsers)%n",
                samples.size(), Corpus.totalBytes(samples) / 1e6, ours);
    }

    private Corpus.Sample nextSample() {
        Corpus.Sample s = samples.get(next);
        next = (next + 1) % samples.size();
        return s;
    }

    @Benchmark
    public ParsedFeed kiosque() throws Exception {
        Corpus.Sample s = nextSample();
        return FeedReader.read(s.body(), s.url(), null);
    }

    @Benchmark
    public SyndFeed rome() throws Exception {
        Corpus.Sample s = nextSample();
        return rome.build(new XmlReader(new ByteArrayInputStream(s.body())));
    }
}
