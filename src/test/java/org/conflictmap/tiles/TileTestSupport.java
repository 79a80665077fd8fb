package org.conflictmap.tiles;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Fetches and decodes tiles for tests; slippy-map reference formulas written for these tests. */
final class TileTestSupport {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TileTestSupport() {}

  /** A decoded feature: tile-local position, feature id (or null) and properties. */
  record Feature(double px, double py, Long fid, Map<String, Object> props, String geometryType) {
    Object get(String key) {
      return props.get(key);
    }

    long number(String key) {
      return ((Number) props.get(key)).longValue();
    }
  }

  static HttpResponse<byte[]> get(int port, String path, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(60))
            .GET();
    headers.forEach(b::header);
    try {
      return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The features of layer {@code events} in {@code mvt}, decoded by mapbox-vector-tile-java. */
  static List<Feature> decode(byte[] mvt) {
    return decode(mvt, "events");
  }

  /** The features of {@code layerName} in {@code mvt}. */
  static List<Feature> decode(byte[] mvt, String layerName) {
    try {
      JtsMvt tile =
          MvtReader.loadMvt(
              new ByteArrayInputStream(mvt),
              new GeometryFactory(),
              new TagKeyValueMapConverter(false, "$fid"));
      JtsLayer layer = tile.getLayer(layerName);
      List<Feature> out = new ArrayList<>();
      if (layer == null) {
        return out;
      }
      for (Geometry g : layer.getGeometries()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> props = new HashMap<>((Map<String, Object>) g.getUserData());
        Long fid = (Long) props.remove("$fid");
        out.add(
            new Feature(g.getCoordinate().x, g.getCoordinate().y, fid, props, g.getGeometryType()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fractional tile column of {@code lon} at zoom {@code z} (OSM wiki formula). */
  static double tileX(double lon, int z) {
    return (lon + 180) / 360 * (1 << z);
  }

  /** Fractional tile row of {@code lat} at zoom {@code z} (OSM wiki formula). */
  static double tileY(double lat, int z) {
    double r = Math.toRadians(lat);
    return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * (1 << z);
  }
}
