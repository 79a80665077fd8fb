package org.conflictmap.cli;

import org.conflictmap.store.StoreUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a command's failure into one line on standard error and exit code 1: a person starting the
 * service needs the reason, not a stack trace. Set {@code CONFLICTMAP_DEBUG=1} for the stack.
 */
final class FailureHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    String message =
        e instanceof StoreUnavailableException || e instanceof IllegalArgumentException
            ? e.getMessage()
            : StoreUnavailableException.rootMessage(e);
    cmd.getErr().println("conflictmap " + cmd.getCommandName() + ": " + message);
    if (System.getenv("CONFLICTMAP_DEBUG") != null) {
      e.printStackTrace(cmd.getErr());
    }
    return 1;
  }
}
