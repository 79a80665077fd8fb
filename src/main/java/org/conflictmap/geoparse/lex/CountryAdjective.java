package org.conflictmap.geoparse.lex;

/**
 * An adjective or demonym naming a country ("Ukrainian", "Chinese", "North Korean").
 *
 * @param start offset of its first character
 * @param end offset just past its last character
 * @param surface the text between the offsets
 * @param country ISO 3166-1 alpha-2 code of the country it names
 */
public record CountryAdjective(int start, int end, String surface, String country) {}
