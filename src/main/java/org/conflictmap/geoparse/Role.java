package org.conflictmap.geoparse;

/**
 * What a place mention does in its sentence: {@code event}, the place where the reported action
 * happened, or {@code context}, any other use (a government, an origin, a distance, a venue, a
 * dateline, a region qualifying a more precise site, an adjective).
 */
public enum Role {
  event,
  context
}
