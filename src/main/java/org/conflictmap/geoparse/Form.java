package org.conflictmap.geoparse;

/** How a place is written: by its {@code name}, or as a country {@code adjective} ("Russian"). */
public enum Form {
  name,
  adjective
}
