package org.conflictmap.gazetteer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads and writes the compact boundary files {@code geodata/countries.bin.gz} and {@code
 * geodata/regions.bin.gz}: gzip over a {@link DataOutputStream} stream.
 *
 * <p>Layout: magic {@code "CMB1"}, {@code int count}; then per boundary: UTF {@code id}, {@code
 * kind} ({@code country}|{@code admin1}), {@code name}, {@code country}, {@code admin1} ("" for
 * countries), {@code wikidataId} ("" when unknown), {@code type} (""), {@code int geonameId} (0
 * when unknown), {@code double lat, lon}; {@code short} count of (UTF lang, UTF name) pairs; {@code
 * short} count of UTF alternative names; the geometry as written by {@link GeometryCodec}.
 *
 * <p>Stateless and thread-safe.
 */
public final class BoundaryFile {
  private static final int MAGIC = 0x434d4231; // "CMB1"

  private BoundaryFile() {}

  /** Writes {@code boundaries} to {@code file}, replacing it. */
  public static void write(Path file, List<Boundary> boundaries) throws IOException {
    try (OutputStream os = Files.newOutputStream(file);
        DataOutputStream out =
            new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os, 1 << 16)))) {
      out.writeInt(MAGIC);
      out.writeInt(boundaries.size());
      for (Boundary b : boundaries) {
        Place p = b.place();
        out.writeUTF(b.id());
        out.writeUTF(p.kind().wireName());
        out.writeUTF(p.name());
        out.writeUTF(p.country());
        out.writeUTF(orEmpty(p.admin1()));
        out.writeUTF(orEmpty(p.wikidataId()));
        out.writeUTF(orEmpty(b.type()));
        out.writeInt(p.geonameId() == null ? 0 : p.geonameId());
        out.writeDouble(p.lat());
        out.writeDouble(p.lon());
        out.writeShort(b.names().size());
        for (Map.Entry<String, String> e : b.names().entrySet()) {
          out.writeUTF(e.getKey());
          out.writeUTF(e.getValue());
        }
        out.writeShort(b.altNames().size());
        for (String alt : b.altNames()) {
          out.writeUTF(alt);
        }
        GeometryCodec.write(b.geometry(), out);
      }
    }
  }

  /**
   * Reads the boundaries of {@code file}; their places get ids {@code firstId}, {@code firstId +
   * 1}, … in file order.
   *
   * @throws IOException when the file is missing, truncated or not a boundary file
   */
  public static List<Boundary> read(Path file, int firstId) throws IOException {
    try (InputStream is = Files.newInputStream(file)) {
      return read(is, firstId, file.toString());
    }
  }

  /** The number of boundaries in {@code file}, read from its header only. */
  public static int count(Path file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new GZIPInputStream(Files.newInputStream(file), 512))) {
      if (in.readInt() != MAGIC) {
        throw new IOException(file + " is not a conflictmap boundary file");
      }
      return in.readInt();
    }
  }

  static List<Boundary> read(InputStream is, int firstId, String what) throws IOException {
    DataInputStream in =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(is, 1 << 16), 1 << 16));
    if (in.readInt() != MAGIC) {
      throw new IOException(what + " is not a conflictmap boundary file");
    }
    int n = in.readInt();
    List<Boundary> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = in.readUTF();
      Place.Kind kind = Place.Kind.parse(in.readUTF());
      String name = in.readUTF();
      String country = in.readUTF().intern();
      String admin1 = nullIfEmpty(in.readUTF());
      String wikidata = nullIfEmpty(in.readUTF());
      String type = nullIfEmpty(in.readUTF());
      int gn = in.readInt();
      double lat = in.readDouble();
      double lon = in.readDouble();
      int nn = in.readShort();
      Map<String, String> names = new HashMap<>();
      for (int k = 0; k < nn; k++) {
        names.put(in.readUTF().intern(), in.readUTF());
      }
      int na = in.readShort();
      List<String> alts = new ArrayList<>(na);
      for (int k = 0; k < na; k++) {
        alts.add(in.readUTF());
      }
      Geometry g = GeometryCodec.read(in);
      Place p =
          new Place(
              firstId + i,
              kind,
              name,
              country,
              admin1,
              gn == 0 ? null : gn,
              wikidata,
              lat,
              lon,
              0,
              kind == Place.Kind.COUNTRY ? "PCLI" : "ADM1");
      out.add(new Boundary(p, id, type, names, alts, g));
    }
    return out;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String nullIfEmpty(String s) {
    return s.isEmpty() ? null : s;
  }
}
