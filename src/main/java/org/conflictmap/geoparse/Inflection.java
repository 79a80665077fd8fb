package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.List;

/**
 * Base forms of inflected Ukrainian and Russian place names, for gazetteers that only hold the
 * nominative: the case ending is removed or replaced, and the Ukrainian vowel alternation of the
 * last syllable (Харкові -> Харків, Києві -> Київ) is undone. Russian neuter names in "-ье" are
 * restored from their dative and genitive (Запорожью, Запорожья -> Запорожье). Every candidate the
 * gazetteer knows is kept; resolution then prefers the prominent place.
 */
final class Inflection {
  private static final String[][] ENDINGS = {
    // ending, replacements
    {"ові", "ів", ""},
    // the fleeting vowel of "-ець" / "-ец": Торопця, Торопце -> Торопець, Торопец
    {"цем", "ець", "ец"},
    {"ця", "ець", "ец"},
    {"цю", "ець", "ец"},
    {"ці", "ець", "ец", "ка"}, // and Новосілці -> Новосілка
    {"зі", "г"}, // Розі -> Рог (-> Ріг)
    {"ца", "ец"},
    {"цу", "ец"},
    {"це", "ець", "ец"},
    {"еві", "ів", ""},
    {"ому", "ий", "е", ""},
    {"ого", "ий", "е", ""},
    {"ій", "а", "я", "ія"},
    {"ої", "а"},
    {"ою", "а", ""},
    {"ом", ""},
    {"ем", ""},
    {"ам", "и", "ы"},
    {"ах", "и", "ы"},
    {"ях", "і", "и"},
    {"ей", "ь", "и"},
    {"ой", "а", "ая"},
    {"ої", "а"},
    {"ськ", "ськ"},
    {"ью", "ье"},
    {"ья", "ье"},
    {"і", "", "а", "я", "ь", "о", "е"},
    {"е", "", "а", "ь", "о"},
    {"у", "", "а"},
    {"ю", "ь", "я", "е", "й"}, // Гуляйполю -> Гуляйполе, Китаю -> Китай
    {"а", "", "ь"},
    {"я", "ь", "й", "е"},
    {"и", "а", "ь"},
    {"ы", "а"},
  };

  private Inflection() {}

  static List<String> bases(String word) {
    List<String> out = new ArrayList<>();
    for (String[] e : ENDINGS) {
      if (word.length() > e[0].length() + 2 && word.endsWith(e[0])) {
        String stem = word.substring(0, word.length() - e[0].length());
        for (int k = 1; k < e.length; k++) {
          String base = stem + e[k];
          out.add(base);
          String alt = alternate(base);
          if (alt != null) {
            out.add(alt);
          }
        }
      }
    }
    return out;
  }

  /**
   * Ukrainian "і" in the last closed syllable of the nominative: Харков -> Харків, Києв -> Київ.
   */
  private static String alternate(String base) {
    for (int i = base.length() - 1; i >= Math.max(0, base.length() - 3); i--) {
      char c = base.charAt(i);
      if (c == 'о' || c == 'е') {
        return base.substring(0, i) + 'і' + base.substring(i + 1);
      }
      if (c == 'є') {
        return base.substring(0, i) + 'ї' + base.substring(i + 1);
      }
    }
    return null;
  }

  /** Adjective endings of Ukrainian and Russian district names, longest first. */
  private static final String[] ADJECTIVE_ENDINGS = {
    "ого", "ому", "ими", "ий", "ій", "ої", "ою", "им", "ім", "их", "ом", "ой", "ая", "ое", "ую",
    "ые", "ые", "ым", "ых", "а", "е", "у", "і"
  };

  /**
   * The names of the town a Ukrainian or Russian district adjective comes from, most likely first:
   * "Покровському" (район) -> Покровськ, "Бахмутського" -> Бахмут, "Сумського" -> Суми,
   * "Шебекинском" -> Шебекино, "Костянтинівської" (громади) -> Костянтинівка, "Донецького" ->
   * Донецьк. Empty unless the word is an adjective in -ськ-/-ск-/-цьк-/-цк- with one of its case
   * endings.
   */
  static List<String> districtTowns(String word) {
    List<String> out = new ArrayList<>();
    for (String ending : ADJECTIVE_ENDINGS) {
      if (!word.endsWith(ending)) {
        continue;
      }
      String rest = word.substring(0, word.length() - ending.length());
      String suffix =
          rest.endsWith("ськ")
              ? "ськ"
              : rest.endsWith("ск")
                  ? "ск"
                  : rest.endsWith("цьк") ? "ьк" : rest.endsWith("цк") ? "" : null;
      if (suffix == null || rest.length() < suffix.length() + 3) {
        return out;
      }
      out.add(rest); // Покровськ, Курск, Донецьк
      if (rest.endsWith("цк")) {
        out.add(rest.substring(0, rest.length() - 1)); // Марганецкая -> Марганец
      }
      String stem = rest.substring(0, rest.length() - suffix.length());
      if (!stem.equals(rest)) {
        for (String tail : new String[] {"", "о", "е", "и", "ы", "ка", "а", "я"}) {
          out.add(stem + tail);
        }
        if (stem.endsWith("ль")) {
          out.add(stem.substring(0, stem.length() - 1) + "ля"); // Краснопільська -> Краснопілля
        }
      }
      return out;
    }
    return out;
  }
}
