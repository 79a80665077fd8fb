package org.conflictmap.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.conflictmap.store.EventStore;

/** {@code GET /health}: 200 with the store kind when the store answers, 503 when it does not. */
public final class HealthController {
  private final EventStore store;

  public HealthController(EventStore store) {
    this.store = store;
  }

  public void health(Context ctx) {
    boolean ready = store.isReady();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", ready ? "ok" : "unavailable");
    body.put("store", store.kind());
    body.put("ready", ready);
    ctx.status(ready ? 200 : 503).json(body);
  }
}
