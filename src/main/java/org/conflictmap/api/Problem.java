package org.conflictmap.api;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type a URI naming the kind of problem ({@code about:blank} for plain HTTP statuses)
 * @param title the short, fixed summary of that kind
 * @param status the HTTP status
 * @param detail what went wrong with this request, in words that help fix it
 * @param instance the request path
 */
public record Problem(String type, String title, int status, String detail, String instance) {
  public static final String CONTENT_TYPE = "application/problem+json";
}
