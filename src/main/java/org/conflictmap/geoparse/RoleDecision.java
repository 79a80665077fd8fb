package org.conflictmap.geoparse;

/**
 * The role of a mention and why.
 *
 * @param role event or context
 * @param reason the rule that decided, e.g. {@code locative}, {@code speech}, {@code origin}
 * @param near true when the event happened near the place or in part of it ("near Pokrovsk", "10 km
 *     from Izium", "eastern Donetsk region"): ACLED geo-precision 2
 */
public record RoleDecision(Role role, String reason, boolean near) {
  static RoleDecision context(String reason) {
    return new RoleDecision(Role.context, reason, false);
  }

  static RoleDecision event(String reason, boolean near) {
    return new RoleDecision(Role.event, reason, near);
  }
}
