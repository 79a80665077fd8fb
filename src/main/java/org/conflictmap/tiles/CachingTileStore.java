package org.conflictmap.tiles;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A tile cache in front of any {@link TileStore}: entries are keyed by the request (layer, z/x/y,
 * canonical filters) and remember the write number ({@link TileChanges#current()}) read before they
 * were rendered. A lookup asks {@link TileChanges#changedSince} whether a later write can have
 * changed the tile (its events pass the tile's filter and lie in its reach); if so the entry is
 * dropped and the tile rendered again, so a write makes stale tiles unreachable while every other
 * tile keeps its entry and its entity tag. Entries age out by the cache's size bound (least
 * recently and frequently used first). Each entry holds the tile and, once a client asked for it,
 * its gzip form, so a hit does no work beyond the lookup and the check.
 *
 * <p>Thread-safe. Two concurrent misses of the same key render once (Caffeine's per-key compute). A
 * stale entry is counted as a hit and then a miss in the cache statistics.
 */
public final class CachingTileStore implements TileStore {

  /** Renders slower than this are written to the slow-query log. */
  static final long SLOW_MILLIS = 500;

  private static final org.slf4j.Logger SLOW = org.slf4j.LoggerFactory.getLogger("slowquery");

  /** Changes whenever tile rendering changes, so that ETags of older builds stop matching. */
  static final int RENDERING = 2;

  private final TileStore inner;
  private final TileChanges changes;
  private final String instance;
  private final Cache<TileRequest, EncodedTile> cache;

  /**
   * @param inner the store that renders
   * @param changes the writes, as the event store reports them
   * @param maxBytes bound of the cache, counting tile and gzip bytes
   */
  public CachingTileStore(TileStore inner, TileChanges changes, long maxBytes) {
    this.inner = inner;
    this.changes = changes;
    // Write numbers belong to this process: entity tags also name it.
    this.instance = Long.toString(new java.security.SecureRandom().nextLong() & Long.MAX_VALUE, 36);
    this.cache =
        Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher((TileRequest k, EncodedTile t) -> t.weight())
            .recordStats()
            .build();
  }

  /**
   * Publishes the cache's hits, misses, evictions and size on {@code registry} ({@code
   * cache_gets_total{cache="tiles",result="hit|miss"}}: the hit ratio).
   */
  public CachingTileStore monitor(io.micrometer.core.instrument.MeterRegistry registry) {
    io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics.monitor(
        registry, cache, "tiles");
    return this;
  }

  @Override
  public List<TileLayer> layers() {
    return inner.layers();
  }

  @Override
  public byte[] tile(TileRequest request) {
    return get(request).raw();
  }

  /**
   * The current tile of {@code request}: from the cache when no write changed it, else rendered.
   */
  public EncodedTile get(TileRequest request) {
    EncodedTile t = cache.getIfPresent(request);
    if (t != null) {
      long now = changes.current(); // before the check: the check covers every write up to now
      if (!changes.changedSince(request, t.checkedAt)) {
        t.checkedAt = Math.max(t.checkedAt, now); // later checks scan only newer writes
        return t;
      }
      cache.asMap().remove(request, t);
    }
    return cache.get(
        request,
        k -> {
          long before = changes.current();
          long t0 = System.nanoTime();
          byte[] tile = inner.tile(k);
          long millis = (System.nanoTime() - t0) / 1_000_000;
          if (millis > SLOW_MILLIS) {
            SLOW.warn("slow tile ({} ms): {} {} {}", millis, k.layer(), k.coord(), k.filter());
          }
          return EncodedTile.of(tile, before);
        });
  }

  /**
   * The entity tag of a tile: it names this process, the request and the write number the tile was
   * rendered after, so it changes exactly when the tile is rendered again.
   */
  public String etag(TileRequest r, EncodedTile tile) {
    String name =
        RENDERING
            + "|"
            + instance
            + "|"
            + r.layer()
            + "|"
            + r.coord()
            + "|"
            + r.filter().queryString();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return "\"" + tile.renderedAfter + "-" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }

  /** Drops every entry (for tests and benchmarks). */
  public void clear() {
    cache.invalidateAll();
  }

  /**
   * A rendered tile and, computed on first demand and kept, its gzip form (clients that do not
   * accept gzip never pay for it).
   */
  public static final class EncodedTile {
    private static final byte[] EMPTY = new byte[0];
    private final byte[] raw;
    private final long renderedAfter;
    private volatile byte[] gzip;
    private volatile long checkedAt;

    private EncodedTile(byte[] raw, long renderedAfter) {
      this.raw = raw;
      this.renderedAfter = renderedAfter;
      this.checkedAt = renderedAfter;
    }

    /**
     * @param raw the MVT bytes
     * @param renderedAfter the write number read before rendering
     */
    public static EncodedTile of(byte[] raw, long renderedAfter) {
      return new EncodedTile(raw.length == 0 ? EMPTY : raw, renderedAfter);
    }

    /** The MVT bytes, empty for an empty tile. Callers must not modify them. */
    public byte[] raw() {
      return raw;
    }

    /** The gzip-compressed tile; empty for an empty tile. Callers must not modify it. */
    public byte[] gzip() {
      byte[] g = gzip;
      if (g == null) {
        g = raw.length == 0 ? EMPTY : gzip(raw);
        gzip = g; // a race computes it twice, harmlessly
      }
      return g;
    }

    public boolean isEmpty() {
      return raw.length == 0;
    }

    /** Bytes held, for the cache's weight (the gzip form is counted as half the tile). */
    int weight() {
      return 200 + raw.length + raw.length / 2;
    }

    /** Gzip at speed level 1: tiles are small and compress well at any level. */
    private static byte[] gzip(byte[] raw) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
      try (GZIPOutputStream gz =
          new GZIPOutputStream(out) {
            {
              def.setLevel(Deflater.BEST_SPEED);
            }
          }) {
        gz.write(raw);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    }
  }
}
