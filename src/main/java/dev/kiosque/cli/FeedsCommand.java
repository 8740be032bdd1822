package dev.kiosque.cli;

import picocli.CommandLine.Command;

/**
 * {@code kiosque feeds}: the group of commands that look at and edit the configured sources
 * (registered by {@link Subcommands}).
 */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "List, check, preview, add, remove, import, export and discover feeds.")
final class FeedsCommand extends BaseCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "say which: list, check, show, add, remove, import, export or discover");
    }
}
