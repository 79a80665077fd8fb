package org.conflictmap.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a submitted report must meet, wherever it comes from ({@code POST /reports}, a JSONL
 * file): {@code text} required, non-blank, at most {@value #MAX_TEXT_BYTES} bytes of UTF-8, valid
 * Unicode without NUL; {@code published} an ISO date (a date-time is cut to its date); {@code url}
 * an absolute http(s) URL of at most 4,096 characters; {@code title} at most 1,000 characters;
 * {@code lang} an ISO 639 code; no other field.
 */
public final class Submissions {
  /** Longest report text, in bytes of UTF-8. */
  public static final int MAX_TEXT_BYTES = 1_000_000;

  private static final Set<String> FIELDS = Set.of("text", "published", "url", "title", "lang");

  private Submissions() {}

  /**
   * Validates a report object.
   *
   * @throws IllegalArgumentException naming the field that is wrong (the API answers 400 with it)
   */
  public static Ingest.Submission of(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new IllegalArgumentException("the body must be a JSON object with a 'text' field");
    }
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        throw new IllegalArgumentException(
            "unknown field '" + clip(f) + "'; allowed: text, published, url, title, lang");
      }
    }
    String text = string(body, "text", true);
    if (text.isBlank()) {
      throw field("text", "must not be empty");
    }
    if (text.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
      throw field("text", "must be at most " + MAX_TEXT_BYTES + " bytes of UTF-8");
    }
    if (text.indexOf('\u0000') >= 0) {
      throw field("text", "must not contain NUL characters");
    }
    if (!validUnicode(text)) {
      throw field("text", "must be valid Unicode (it holds an unpaired surrogate escape)");
    }
    LocalDate published = null;
    String p = string(body, "published", false);
    if (p != null && !p.isBlank()) {
      try {
        published = LocalDate.parse(p.length() > 10 ? p.substring(0, 10) : p);
        if (p.length() > 10) {
          java.time.OffsetDateTime.parse(p);
        }
      } catch (DateTimeParseException e) {
        throw field("published", "'" + clip(p) + "' is not an ISO date such as 2025-04-08");
      }
    }
    String url = string(body, "url", false);
    if (url != null && !url.isBlank()) {
      url = url.strip();
      if (url.length() > 4096) {
        throw field("url", "must be at most 4096 characters");
      }
      try {
        URI u = new URI(url);
        if (u.getScheme() == null
            || !(u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))
            || u.getHost() == null) {
          throw field("url", "must be an absolute http or https URL");
        }
      } catch (URISyntaxException e) {
        throw field("url", "is not a valid URL");
      }
    } else {
      url = null;
    }
    String title = string(body, "title", false);
    if (title != null && title.length() > 1000) {
      throw field("title", "must be at most 1000 characters");
    }
    String lang = string(body, "lang", false);
    if (lang != null && !lang.isBlank()) {
      lang = lang.strip().toLowerCase(Locale.ROOT);
      if (!lang.matches("[a-z]{2,3}")) {
        throw field("lang", "must be an ISO 639-1 code such as en, uk, ru, de, fr");
      }
    } else {
      lang = null;
    }
    return new Ingest.Submission(
        text, published, url, title == null || title.isBlank() ? null : title.strip(), lang);
  }

  /** False when {@code s} holds a lone UTF-16 surrogate, which no UTF-8 store can keep. */
  static boolean validUnicode(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static String string(JsonNode body, String name, boolean required) {
    JsonNode v = body.get(name);
    if (v == null || v.isNull()) {
      if (required) {
        throw field(name, "is required");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw field(name, "must be a string");
    }
    return v.asText();
  }

  private static IllegalArgumentException field(String name, String why) {
    return new IllegalArgumentException("field '" + name + "' " + why);
  }

  /** Echoes user input safely: at most 40 characters, control characters replaced. */
  static String clip(String s) {
    String c = s.length() > 40 ? s.substring(0, 40) + "…" : s;
    return c.replaceAll("\\p{Cntrl}", "?");
  }
}
