package org.conflictmap.metrics;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The service's meters, scraped as Prometheus text at {@code /metrics}: requests and latency by
 * route, ingest counts, geoparse throughput, plus whatever the store pool and the tile cache
 * register on {@link #registry()}. Thread-safe.
 */
public final class Metrics implements AutoCloseable {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final Counter reportsCreated;
  private final Counter reportsDuplicate;
  private final Counter eventsStored;
  private final Counter geoparseBytes;
  private final Timer geoparseTime;

  public Metrics() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    gc.bindTo(registry);
    reportsCreated =
        Counter.builder("conflictmap_reports_ingested")
            .tag("outcome", "created")
            .description("Reports stored")
            .register(registry);
    reportsDuplicate =
        Counter.builder("conflictmap_reports_ingested")
            .tag("outcome", "duplicate")
            .description("Reports answered from the store because they were stored before")
            .register(registry);
    eventsStored =
        Counter.builder("conflictmap_events_stored")
            .description("Events stored")
            .register(registry);
    geoparseBytes =
        Counter.builder("conflictmap_geoparse_bytes")
            .description("Report text geoparsed, UTF-16 chars")
            .register(registry);
    geoparseTime =
        Timer.builder("conflictmap_geoparse")
            .description("Time to geoparse one report")
            .register(registry);
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** Records one HTTP request; called by Javalin's request logger for every request. */
  public void request(Context ctx, float millis) {
    Endpoint e = ctx.endpoints().lastHttpEndpoint();
    String route = e == null ? "unmatched" : e.path;
    Timer.builder("http_server_requests")
        .tag("method", ctx.method().name())
        .tag("route", route)
        .tag("status", Integer.toString(ctx.statusCode()))
        .publishPercentileHistogram(false)
        .register(registry)
        .record(Duration.ofNanos((long) (millis * 1_000_000)));
  }

  public void ingested(boolean created, int events) {
    (created ? reportsCreated : reportsDuplicate).increment();
    if (created) {
      eventsStored.increment(events);
    }
  }

  public void geoparsed(int chars, long nanos) {
    geoparseBytes.increment(chars);
    geoparseTime.record(nanos, TimeUnit.NANOSECONDS);
  }

  /** {@code GET /metrics}. */
  public void scrape(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
