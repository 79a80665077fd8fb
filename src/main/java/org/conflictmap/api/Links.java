package org.conflictmap.api;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Absolute links for responses, honouring {@code X-Forwarded-Proto} and {@code -Host}. */
public final class Links {
  public static final String GEOJSON = "application/geo+json";
  public static final String JSON = "application/json";
  public static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";

  private Links() {}

  /** {@code scheme://host[:port]} of the request, without a trailing slash. */
  public static String base(Context ctx) {
    String proto = ctx.header("X-Forwarded-Proto");
    String host = ctx.header("X-Forwarded-Host");
    if (host == null || !host.matches("[A-Za-z0-9.:\\[\\]-]{1,255}")) {
      host = ctx.host();
    }
    if (host == null || !host.matches("[A-Za-z0-9.:\\[\\]-]{1,255}")) {
      host = "localhost";
    }
    String scheme = "https".equalsIgnoreCase(proto) ? "https" : ctx.scheme();
    return scheme + "://" + host;
  }

  /** One link object. */
  public static Map<String, Object> link(String href, String rel, String type, String title) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("href", href);
    m.put("rel", rel);
    if (type != null) {
      m.put("type", type);
    }
    if (title != null) {
      m.put("title", title);
    }
    return m;
  }

  /** The request's query string with {@code offset} (and {@code limit}) replaced. */
  public static String withPage(Context ctx, long offset, int limit) {
    Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
    params.put("offset", List.of(Long.toString(offset)));
    params.put("limit", List.of(Integer.toString(limit)));
    return query(params);
  }

  /** Encodes parameters as a query string, with its leading {@code ?} (empty when none). */
  public static String query(Map<String, List<String>> params) {
    StringBuilder b = new StringBuilder();
    params.forEach(
        (k, vs) -> {
          for (String v : vs) {
            b.append(b.length() == 0 ? '?' : '&')
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
          }
        });
    return b.toString();
  }
}
