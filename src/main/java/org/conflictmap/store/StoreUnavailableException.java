package org.conflictmap.store;

/**
 * A store could not be opened: the database is unreachable, lacks PostGIS, or its file is locked.
 * The message is one line meant for the person who started the service.
 */
public class StoreUnavailableException extends RuntimeException {
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The first line of the innermost cause's message: what went wrong, without a stack. */
  public static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
