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
import java.util.function.ToLongFunction;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A tile cache in front of any {@link TileStore}: entries are keyed by the request (layer, z/x/y,
 * canonical filters) <em>and the tile's version</em> ({@link TileVersions}: a write changes the
 * versions of the tiles its events can appear in), read on every call. Tiles rendered before a
 * write that touches them can no longer be reached; they age out of the cache by its size bound
 * (least recently and frequently used first). Tiles elsewhere keep their entry and their entity
 * tag. Each entry holds the tile and, once a client asked for it, its gzip form, so a cache hit
 * does no work beyond the lookup.
 *
 * <p>Thread-safe. Two concurrent misses of the same key render once (Caffeine's per-key compute).
 */
public final class CachingTileStore implements TileStore {

  /** Changes whenever tile rendering changes, so that ETags of older builds stop matching. */
  static final int RENDERING = 1;

  private final TileStore inner;
  private final ToLongFunction<TileRequest> versions;
  private final String instance;
  private final Cache<Key, EncodedTile> cache;

  private record Key(TileRequest request, long version) {}

  /**
   * @param inner the store that renders
   * @param versions the version of a tile ({@link TileVersions#version}); versions belong to this
   *     process, so entity tags also carry a number chosen at start
   * @param maxBytes bound of the cache, counting tile and gzip bytes
   */
  public CachingTileStore(TileStore inner, ToLongFunction<TileRequest> versions, long maxBytes) {
    this.inner = inner;
    this.versions = versions;
    this.instance =
        Long.toString(System.nanoTime() ^ new java.security.SecureRandom().nextLong(), 36);
    this.cache =
        Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher((Key k, EncodedTile t) -> t.weight())
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
    return get(request, version(request)).raw();
  }

  /** The current version of {@code request}'s tile (no database query). */
  public long version(TileRequest request) {
    return versions.applyAsLong(request);
  }

  /** The tile under version {@code version}, from the cache or rendered now. */
  public EncodedTile get(TileRequest request, long version) {
    return cache.get(new Key(request, version), k -> EncodedTile.of(inner.tile(k.request())));
  }

  /**
   * The entity tag of a tile under a version: it names this process, the request and the version,
   * so it can be checked before the tile is rendered.
   */
  public String etag(TileRequest r, long version) {
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
      return "\"" + version + "-" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
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
    private volatile byte[] gzip;

    private EncodedTile(byte[] raw) {
      this.raw = raw;
    }

    public static EncodedTile of(byte[] raw) {
      return new EncodedTile(raw.length == 0 ? EMPTY : raw);
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
