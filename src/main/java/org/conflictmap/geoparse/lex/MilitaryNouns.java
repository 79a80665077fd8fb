package org.conflictmap.geoparse.lex;

import java.util.List;
import java.util.Set;

/**
 * Nouns of armed forces and their weapons and attacks, in English, German, Ukrainian, Russian and
 * French: the words that make a country adjective next to them a party to the fighting ("Russian
 * troops", "Ukrainian drones", "Israeli strikes", "russischer Drohnenangriff", "російські війська",
 * "российские беспилотники", "les frappes israéliennes").
 *
 * <p>English words match whole; the other languages match by stem (a word starting with one), which
 * covers their cases and German compounds ("Drohnenangriff", "Raketenbeschuss"). Words are given in
 * lower case. Immutable and thread-safe.
 */
public final class MilitaryNouns {
  private MilitaryNouns() {}

  private static final Set<String> ENGLISH =
      Set.of(
          "forces",
          "force",
          "troops",
          "troop",
          "soldiers",
          "army",
          "military",
          "militaries",
          "servicemen",
          "marines",
          "units",
          "brigade",
          "brigades",
          "paratroopers",
          "navy",
          "air",
          "drones",
          "drone",
          "missiles",
          "missile",
          "rockets",
          "rocket",
          "artillery",
          "shelling",
          "strikes",
          "strike",
          "airstrikes",
          "airstrike",
          "jets",
          "warplanes",
          "aircraft",
          "bombers",
          "attacks",
          "attack",
          "bombardment",
          "bombing",
          "raids",
          "raid",
          "shells",
          "offensive",
          "assault",
          "assaults",
          "occupiers",
          "invaders",
          "tanks",
          "warships");

  private static final List<String> STEMS =
      List.of(
          // German
          "truppe",
          "streitkr",
          "soldat",
          "armee",
          "drohne",
          "rakete",
          "artillerie",
          "kampfjet",
          "luftwaffe",
          "luftangriff",
          "einheit",
          "militär",
          "kräfte",
          "besatzer",
          "angriff",
          "beschuss",
          "marschflugk",
          "panzer",
          "bombard",
          // Ukrainian
          "війсь",
          "дрон",
          "ракет",
          "сили",
          "силам",
          "окупант",
          "солдат",
          "армі",
          "артилері",
          "літак",
          "бпла",
          "безпілотн",
          "удар",
          "атак",
          "обстріл",
          "бомбард",
          // Russian
          "войск",
          "военн",
          "беспилотн",
          "силы",
          "силам",
          "оккупант",
          "арми",
          "артиллери",
          "самолет",
          "самолёт",
          "обстрел",
          "бомбард",
          // French
          "forces",
          "troupes",
          "soldats",
          "armée",
          "drones",
          "missiles",
          "frappes",
          "artillerie",
          "avions",
          "attaques",
          "bombardement",
          "militaires",
          "unités",
          "tirs",
          "raids");

  /** True when {@code word} (lower case) is such a noun. */
  public static boolean contains(String word) {
    if (ENGLISH.contains(word)) {
      return true;
    }
    if (word.length() < 4) {
      return false;
    }
    for (String stem : STEMS) {
      if (word.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }
}
