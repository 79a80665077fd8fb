package org.conflictmap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line front of {@code conflictmap.jar}; every command answers {@code --help}. */
@Command(
    name = "conflictmap",
    mixinStandardHelpOptions = true,
    version = "conflictmap 0.1.0",
    description = "Geoparse conflict reports, store dated events, serve them as OGC API and tiles.",
    subcommands = {
      ServeCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      BenchCommand.class,
      GeodataCommand.class,
      GeoparseCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and answers its exit code (0 ok, 1 failure, 2 usage error). */
  public static int run(String... args) {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler(new FailureHandler())
        .execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
