package org.conflictmap.geoparse.event;

import java.util.Objects;

/**
 * An ACLED event type and sub-event type, in snake case ({@code battles} / {@code armed_clash}).
 *
 * @param type one of battles, explosions_remote_violence, violence_against_civilians, protests,
 *     riots, strategic_developments
 * @param subType the ACLED sub-event type within {@code type}
 */
public record EventType(String type, String subType) {
  public EventType {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subType, "subType");
  }
}
