package dev.kiosque.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command shares: access to the run's {@link Context}. */
abstract class BaseCommand {
    @Spec
    CommandSpec spec;

    Context ctx() {
        return ((KiosqueCommand) spec.root().userObject()).context;
    }
}
