package org.conflictmap.store;

/** A store operation failed; the message is safe to show to a user (no SQL, no credentials). */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
