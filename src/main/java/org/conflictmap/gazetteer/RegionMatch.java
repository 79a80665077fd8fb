package org.conflictmap.gazetteer;

/**
 * What contains a point: the admin-1 region and its country.
 *
 * @param region the region whose polygon contains the point
 * @param country the country named by the prefix of the region's code (so the Crimea's country is
 *     {@code UA}); {@code null} only if the geodata lacks that country, which the build prevents
 */
public record RegionMatch(Boundary region, Boundary country) {}
