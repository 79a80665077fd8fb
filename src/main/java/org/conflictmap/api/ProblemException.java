package org.conflictmap.api;

/**
 * Thrown by handlers to answer with a problem; {@link ErrorMapper} turns it into the response. Its
 * detail is shown to the client, so it never holds SQL, stack traces or secrets.
 */
public class ProblemException extends RuntimeException {
  private final int status;
  private final String title;

  public ProblemException(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  public static ProblemException badRequest(String detail) {
    return new ProblemException(400, "Bad Request", detail);
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(404, "Not Found", detail);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }
}
