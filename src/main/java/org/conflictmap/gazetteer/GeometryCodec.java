package org.conflictmap.gazetteer;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * Compact binary encoding of (multi)polygons in longitude/latitude: coordinates as integers of
 * 10<sup>-5</sup> degree (about 1 m, the precision of the source data), each one a zig-zag varint
 * delta from the previous coordinate of its ring.
 *
 * <p>Layout: {@code varint polygonCount}, then per polygon {@code varint ringCount} (shell first,
 * then holes), then per ring {@code varint pointCount} and the deltas {@code (dx, dy)}. The first
 * point of every ring is a delta from the last point written, so nothing restarts at zero.
 *
 * <p>Decoded geometries use packed double coordinate sequences (no {@link Coordinate} objects) to
 * keep the heap small. Stateless and thread-safe.
 */
public final class GeometryCodec {
  /** Coordinates are stored as multiples of this many degrees. */
  public static final double RESOLUTION = 1e-5;

  /** The factory of every decoded geometry: floating precision, SRID 4326, packed coordinates. */
  public static final GeometryFactory FACTORY =
      new GeometryFactory(
          new PrecisionModel(), 4326, PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

  private GeometryCodec() {}

  /**
   * Writes a Polygon or MultiPolygon (empty polygons are skipped).
   *
   * @throws IllegalArgumentException for any other geometry type
   */
  public static void write(Geometry g, DataOutput out) throws IOException {
    if (!(g instanceof Polygon) && !(g instanceof MultiPolygon)) {
      throw new IllegalArgumentException("not polygonal: " + g.getGeometryType());
    }
    int n = 0;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (!g.getGeometryN(i).isEmpty()) {
        n++;
      }
    }
    writeVarint(out, n);
    long[] last = {0, 0};
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Polygon p = (Polygon) g.getGeometryN(i);
      if (p.isEmpty()) {
        continue;
      }
      writeVarint(out, 1 + p.getNumInteriorRing());
      writeRing(p.getExteriorRing().getCoordinateSequence(), out, last);
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        writeRing(p.getInteriorRingN(h).getCoordinateSequence(), out, last);
      }
    }
  }

  private static void writeRing(CoordinateSequence seq, DataOutput out, long[] last)
      throws IOException {
    writeVarint(out, seq.size());
    for (int i = 0; i < seq.size(); i++) {
      long x = Math.round(seq.getX(i) / RESOLUTION);
      long y = Math.round(seq.getY(i) / RESOLUTION);
      writeVarint(out, zigzag(x - last[0]));
      writeVarint(out, zigzag(y - last[1]));
      last[0] = x;
      last[1] = y;
    }
  }

  /** Reads what {@link #write} wrote: a Polygon when there is one part, else a MultiPolygon. */
  public static Geometry read(DataInput in) throws IOException {
    int n = readVarint(in);
    long[] last = {0, 0};
    Polygon[] polys = new Polygon[n];
    for (int i = 0; i < n; i++) {
      int rings = readVarint(in);
      LinearRing shell = readRing(in, last);
      LinearRing[] holes = new LinearRing[rings - 1];
      for (int h = 0; h < holes.length; h++) {
        holes[h] = readRing(in, last);
      }
      polys[i] = FACTORY.createPolygon(shell, holes);
    }
    return n == 1 ? polys[0] : FACTORY.createMultiPolygon(polys);
  }

  private static LinearRing readRing(DataInput in, long[] last) throws IOException {
    int size = readVarint(in);
    double[] xy = new double[size * 2];
    for (int i = 0; i < size; i++) {
      last[0] += unzigzag(readVarint(in));
      last[1] += unzigzag(readVarint(in));
      xy[2 * i] = last[0] * RESOLUTION;
      xy[2 * i + 1] = last[1] * RESOLUTION;
    }
    return FACTORY.createLinearRing(PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(xy, 2));
  }

  static long zigzag(long v) {
    return (v << 1) ^ (v >> 63);
  }

  static long unzigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }

  /** Writes a non-negative value (as long) in 7-bit groups, low first. */
  static void writeVarint(DataOutput out, long v) throws IOException {
    while ((v & ~0x7FL) != 0) {
      out.writeByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.writeByte((int) v);
  }

  static int readVarint(DataInput in) throws IOException {
    long v = 0;
    int shift = 0;
    while (true) {
      int b = in.readUnsignedByte();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (v > Integer.MAX_VALUE) {
          throw new IOException("varint too large: " + v);
        }
        return (int) v;
      }
      shift += 7;
      if (shift > 35) {
        throw new IOException("malformed varint");
      }
    }
  }
}
