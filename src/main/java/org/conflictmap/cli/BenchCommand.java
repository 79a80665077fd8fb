package org.conflictmap.cli;

import picocli.CommandLine.Command;

/** {@code bench}: benchmarks whose figures go into the README; never part of the tests. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Run a benchmark and print its figures (medians of several runs).",
    subcommands = {BenchStoreCommand.class, BenchGazetteerCommand.class, BenchTilesCommand.class})
final class BenchCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
