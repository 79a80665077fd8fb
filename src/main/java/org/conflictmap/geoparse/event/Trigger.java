package org.conflictmap.geoparse.event;

/**
 * A word or phrase of a sentence that says an event happened.
 *
 * @param start offset of its first character in the text
 * @param end offset just past its last character
 * @param eventType the event type it signals
 * @param weight how specific it is: 3 a weapon or act, 2 a clear event word, 1 weak or generic
 */
public record Trigger(int start, int end, EventType eventType, int weight) {}
