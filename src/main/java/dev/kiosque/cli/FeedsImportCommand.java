package dev.kiosque.cli;

import dev.kiosque.config.FeedsFileEditor;
import dev.kiosque.config.Opml;
import dev.kiosque.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kiosque feeds import FILE.opml}: add an OPML subscription list to feeds.yaml. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Add the feeds of an OPML file to feeds.yaml; folders become sections.")
final class FeedsImportCommand extends BaseCommand implements Callable<Integer> {

    /** Largest OPML file read: a subscription list is small. */
    static final long MAX_OPML_BYTES = 8L * 1024 * 1024;

    @Parameters(paramLabel = "FILE.opml", description = "OPML file")
    Path opml;

    @Option(names = "--section", paramLabel = "S", description = "section for feeds outside any folder (default: Imported)")
    String section = "Imported";

    @Override
    public Integer call() throws Exception {
        Context ctx = ctx();
        ctx.config();
        byte[] bytes;
        try {
            if (Files.size(opml) > MAX_OPML_BYTES) throw new CliException(opml + ": too large for an OPML file", ExitCodes.USAGE);
            bytes = Files.readAllBytes(opml);
        } catch (IOException e) {
            throw new CliException("cannot read " + opml + ": " + e.getMessage(), ExitCodes.FAILURE);
        }
        List<Section> sections = Opml.parse(bytes, section, opml);
        int added = FeedsFileEditor.addSections(ctx.configFile(), sections);
        ctx.err.println("imported " + added + " feeds into " + ctx.configFile());
        return ExitCodes.OK;
    }
}
