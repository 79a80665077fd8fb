package org.conflictmap.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a place name as people write it into the key the name index is built on.
 *
 * <h2>Rules of {@link #normalize}</h2>
 *
 * <ol>
 *   <li>Letters are lower-cased (locale-independent).
 *   <li>Latin letters lose their diacritics ({@code Donețk -> donetk}, {@code Kraków -> krakow});
 *       {@code ß -> ss}, {@code æ -> ae}, {@code œ -> oe}, {@code ø -> o}, {@code ł -> l}, {@code đ
 *       -> d}, {@code ı -> i}.
 *   <li>Cyrillic keeps its letters ({@code й}, {@code ї}, {@code є} stay distinct) except {@code ё
 *       -> е}, and the soft and hard signs {@code ь ъ} are dropped, so Ukrainian {@code Донецьк}
 *       and Russian {@code Донецк} share a key.
 *   <li>Apostrophes and modifier letters used as apostrophes ({@code ' ’ ‘ ʼ ʻ ` ´ ′}) are dropped:
 *       {@code Donets'k}, {@code Donets’k} and {@code Donetsk} share a key.
 *   <li>Every other character that is not a letter or digit (spaces, hyphens and dashes, dots,
 *       commas, brackets) separates words; words are joined by one space, with none at either end.
 * </ol>
 *
 * <p>So {@code normalize(normalize(s)).equals(normalize(s))} for every {@code s}, and keys compose
 * by words: when {@code normalize(a)} and {@code normalize(b)} are both non-empty, {@code
 * normalize(a + " " + b)} equals {@code normalize(a) + " " + normalize(b)}, so a text scanner can
 * normalise each token once and join n-grams with single spaces. Letters of other scripts are only
 * lower-cased.
 *
 * <p>{@link #transliterations} adds the Latin spellings of a Cyrillic key, for names the data only
 * has in Latin script. Stateless and thread-safe.
 */
public final class NameNormalizer {
  /**
   * The version of the rules above. Keys precomputed into geodata files carry it; bump it whenever
   * {@link #normalize} changes its output, so stale keys are recomputed instead of trusted.
   */
  public static final int VERSION = 1;

  /** Folded forms of U+00C0..U+024F (Latin-1 Supplement, Latin Extended-A and -B). */
  private static final String[] LATIN_FOLD = new String[0x250 - 0xC0];

  static {
    for (char c = 0xC0; c < 0x250; c++) {
      LATIN_FOLD[c - 0xC0] = Character.isLetter(c) ? computeFold(c) : null;
    }
  }

  private NameNormalizer() {}

  /**
   * The index key of {@code name}: see the class comment for the rules. Answers {@code ""} for
   * {@code null} and for names with no letters or digits.
   */
  public static String normalize(String name) {
    if (name == null) {
      return "";
    }
    int n = name.length();
    StringBuilder sb = new StringBuilder(n);
    boolean pendingSpace = false;
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      String mapped = null;
      char out;
      if (c < 0x80) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          out = c;
        } else if (c >= 'A' && c <= 'Z') {
          out = (char) (c + 32);
        } else if (c == '\'' || c == '`') {
          continue;
        } else {
          pendingSpace = sb.length() > 0;
          continue;
        }
      } else if (isApostrophe(c)) {
        continue;
      } else if (c >= 0x0400 && c <= 0x04FF) {
        char lc = Character.toLowerCase(c);
        if (lc == 'ь' || lc == 'ъ') {
          continue;
        }
        out = lc == 'ё' ? 'е' : lc;
      } else if (Character.isLetterOrDigit(c)) {
        mapped = foldLatin(c);
        if (mapped == null) {
          if (Character.isHighSurrogate(c) && i + 1 < n) {
            mapped = name.substring(i, i + 2).toLowerCase(java.util.Locale.ROOT);
            i++;
          } else {
            mapped = String.valueOf(Character.toLowerCase(c));
          }
        }
        out = 0;
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue; // a combining accent written separately
      } else {
        pendingSpace = sb.length() > 0;
        continue;
      }
      if (pendingSpace) {
        sb.append(' ');
        pendingSpace = false;
      }
      if (mapped != null) {
        sb.append(mapped);
      } else {
        sb.append(out);
      }
    }
    return sb.toString();
  }

  private static boolean isApostrophe(char c) {
    return c == '’' || c == '‘' || c == 'ʼ' || c == 'ʻ' || c == '´' || c == '′' || c == 'ʹ';
  }

  /** A Latin letter without its diacritics, lower-cased; {@code null} when not a Latin letter. */
  private static String foldLatin(char c) {
    if (c >= 0xC0 && c < 0x250) {
      return LATIN_FOLD[c - 0xC0];
    }
    return computeFold(c);
  }

  private static String computeFold(char c) {
    switch (c) {
      case 'ß':
        return "ss";
      case 'æ':
      case 'Æ':
        return "ae";
      case 'œ':
      case 'Œ':
        return "oe";
      case 'ø':
      case 'Ø':
        return "o";
      case 'ł':
      case 'Ł':
        return "l";
      case 'đ':
      case 'Đ':
      case 'ð':
      case 'Ð':
        return "d";
      case 'ı':
        return "i";
      case 'þ':
      case 'Þ':
        return "th";
      default:
        break;
    }
    if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
      return null;
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(2);
    for (int i = 0; i < d.length(); i++) {
      char x = d.charAt(i);
      if (Character.getType(x) != Character.NON_SPACING_MARK) {
        sb.append(Character.toLowerCase(x));
      }
    }
    return sb.toString();
  }

  /** The number of words of a normalised key: {@code 0} for {@code ""}, else spaces + 1. */
  public static int tokenCount(String key) {
    if (key.isEmpty()) {
      return 0;
    }
    int t = 1;
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) == ' ') {
        t++;
      }
    }
    return t;
  }

  /**
   * Latin spellings of a normalised key that contains Cyrillic letters, in the common Ukrainian and
   * Russian romanisations ({@code київ -> kyiv}, {@code донецк -> donetsk}, {@code харьков ->
   * kharkov}, {@code дженін -> dzhenin, jenin}); an empty list when the key has no Cyrillic letter.
   * The answers are normalised keys.
   */
  public static List<String> transliterations(String key) {
    boolean cyr = false;
    for (int i = 0; i < key.length() && !cyr; i++) {
      char c = key.charAt(i);
      cyr = c >= 0x0400 && c <= 0x04FF;
    }
    if (!cyr) {
      return List.of();
    }
    List<String> out = new ArrayList<>(2);
    String uk = translit(key, true);
    String ru = translit(key, false);
    out.add(uk);
    if (!ru.equals(uk)) {
      out.add(ru);
    }
    // дж is "dzh" in the romanisation tables but "j" in names taken from English ("Дженін" ->
    // Jenin, "Джанкой" -> Jankoy)
    for (int k = 0, n = out.size(); k < n; k++) {
      if (out.get(k).contains("dzh")) {
        out.add(out.get(k).replace("dzh", "j"));
      }
    }
    return out;
  }

  private static String translit(String key, boolean ukrainian) {
    StringBuilder sb = new StringBuilder(key.length() + 4);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean wordStart = i == 0 || key.charAt(i - 1) == ' ';
      sb.append(
          switch (c) {
            case 'а' -> "a";
            case 'б' -> "b";
            case 'в' -> "v";
            case 'г' -> ukrainian ? "h" : "g";
            case 'ґ' -> "g";
            case 'д' -> "d";
            case 'е' -> "e";
            case 'є' -> wordStart ? "ye" : "ie";
            case 'ж' -> "zh";
            case 'з' -> "z";
            case 'и' -> ukrainian ? "y" : "i";
            case 'і' -> "i";
            case 'ї' -> wordStart ? "yi" : "i";
            case 'й' -> wordStart ? "y" : (ukrainian ? "i" : "y");
            case 'к' -> "k";
            case 'л' -> "l";
            case 'м' -> "m";
            case 'н' -> "n";
            case 'о' -> "o";
            case 'п' -> "p";
            case 'р' -> "r";
            case 'с' -> "s";
            case 'т' -> "t";
            case 'у' -> "u";
            case 'ф' -> "f";
            case 'х' -> "kh";
            case 'ц' -> "ts";
            case 'ч' -> "ch";
            case 'ш' -> "sh";
            case 'щ' -> "shch";
            case 'ы' -> "y";
            case 'э' -> "e";
            case 'ю' -> wordStart || !ukrainian ? "yu" : "iu";
            case 'я' -> wordStart || !ukrainian ? "ya" : "ia";
            default -> String.valueOf(c);
          });
    }
    return sb.toString();
  }

  /**
   * The spellings of Ukraine's national romanisation (2010), which Ukrainian and most Western news
   * use, from the normalised key of a GeoNames name in an older or Russian-based romanisation:
   * {@code hulyaypole -> huliaipole}, {@code izyum -> izium}, {@code kurakhovo -> kurakhove},
   * {@code energodar -> enerhodar}. Inside a word {@code ya, yu, ye} become {@code ia, iu, ie}; a
   * {@code y} after a vowel and before no vowel (й) becomes {@code i}; a final {@code ovo} becomes
   * {@code ove} and {@code skoye} {@code ske}; the variant with Ukrainian {@code h} for Russian
   * {@code g} is added. Answers the distinct keys that differ from {@code key}.
   */
  public static List<String> ukrainianSpellings(String key) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    String national = ukrainianNational(key);
    out.add(national);
    if (key.indexOf('g') >= 0) {
      out.add(ukrainianNational(key.replace('g', 'h')));
      out.add(key.replace('g', 'h'));
    }
    out.remove(key);
    return List.copyOf(out);
  }

  private static String ukrainianNational(String key) {
    StringBuilder sb = new StringBuilder(key.length() + 4);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      char prev = i > 0 ? key.charAt(i - 1) : ' ';
      char next = i + 1 < key.length() ? key.charAt(i + 1) : ' ';
      if (c == 'y' && prev != ' ' && (next == 'a' || next == 'u' || next == 'e')) {
        sb.append('i'); // "ya" -> "ia" inside a word
      } else if (c == 'y' && "aeiou".indexOf(prev) >= 0 && "aeiouy".indexOf(next) < 0) {
        sb.append('i'); // "ay" -> "ai": й after a vowel
      } else {
        sb.append(c);
      }
    }
    String out = sb.toString();
    out = out.replaceAll("ovo\\b", "ove").replaceAll("skoie\\b", "ske");
    return out;
  }

  /** Arabic words GeoNames romanises strictly and news the Levantine way. */
  private static final Map<String, String> ARABIC_NEWS_WORDS =
      Map.ofEntries(
          Map.entry("dayr", "deir"),
          Map.entry("bayt", "beit"),
          Map.entry("tall", "tel"),
          Map.entry("ayn", "ein"),
          Map.entry("jabal", "jebel"),
          Map.entry("khirbat", "khirbet"),
          Map.entry("shaykh", "sheikh"),
          Map.entry("kafr", "kfar"),
          Map.entry("yunis", "younis"),
          Map.entry("jubayl", "jbeil"),
          Map.entry("madinat", "medinat"));

  /**
   * The news spellings of an Arabic place name from its normalised GeoNames romanisation: {@code
   * dayr al balah -> deir al balah, deir el balah}, {@code bayt hanun -> beit hanun}, {@code khan
   * yunis -> khan younis}. Each word of {@link #ARABIC_NEWS_WORDS} takes its news spelling, and the
   * article {@code al} between words also becomes {@code el}. Answers normalised keys that differ
   * from {@code key} (none when no word changes).
   */
  public static List<String> arabicNewsSpellings(String key) {
    String[] words = key.split(" ");
    boolean changed = false;
    for (int i = 0; i < words.length; i++) {
      String w = ARABIC_NEWS_WORDS.get(words[i]);
      if (w != null) {
        words[i] = w;
        changed = true;
      }
    }
    if (!changed) {
      return List.of();
    }
    String news = String.join(" ", words);
    String el = news.replace(" al ", " el ");
    return el.equals(news) ? List.of(news) : List.of(news, el);
  }

  /**
   * The German and French spellings of a Ukrainian, Russian or Belarusian place name from its
   * normalised English romanisation, as German and French reports write the towns GeoNames lists
   * under English names only: {@code pokrovsk -> pokrowsk}, {@code kurakhove -> kurachowe,
   * kourakhove}, {@code chasiv yar -> tschassiw jar, tchassiv iar}, {@code zaporizhzhia ->
   * saporischschja, zaporijjia}. Only the unambiguous correspondences of the Duden and French press
   * usage: digraphs ({@code shch, zh, kh, ch, sh, ts}), {@code v, z, u}, iotated vowels ({@code ia,
   * iu, ie, ya, yu, ye, yi}, word-initial {@code y}) and a single {@code s} between vowels. Answers
   * normalised keys that differ from {@code key}, German first, then French, then the German
   * spelling with one {@code s} where the rule doubled it (the press writes both); none for keys
   * shorter than four letters.
   */
  public static List<String> westernSpellings(String key) {
    List<String> out = new ArrayList<>(2);
    if (key.length() < 4) {
      return out;
    }
    for (boolean german : new boolean[] {true, false}) {
      String v = western(key, german);
      if (!v.equals(key) && !out.contains(v)) {
        out.add(v);
      }
    }
    String german = western(key, true);
    String single = german.replace("ss", "s");
    if (!key.contains("ss") && !single.equals(key) && !out.contains(single)) {
      out.add(single); // the press also writes one s: "Welyka Nowosilka" beside "Nowossilka"
    }
    return out;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  private static String western(String key, boolean german) {
    StringBuilder sb = new StringBuilder(key.length() + 8);
    int n = key.length();
    int i = 0;
    while (i < n) {
      char c = key.charAt(i);
      boolean wordStart = i == 0 || !Character.isLetter(key.charAt(i - 1));
      if (key.startsWith("shch", i)) {
        sb.append(german ? "schtsch" : "chtch");
        i += 4;
      } else if (key.startsWith("zh", i)) {
        sb.append(german ? "sch" : "j");
        i += 2;
      } else if (key.startsWith("kh", i)) {
        sb.append(german ? "ch" : "kh");
        i += 2;
      } else if (key.startsWith("ch", i)) {
        sb.append(german ? "tsch" : "tch");
        i += 2;
      } else if (key.startsWith("sh", i)) {
        sb.append(german ? "sch" : "ch");
        i += 2;
      } else if (key.startsWith("ts", i)) {
        sb.append(german ? "z" : "ts");
        i += 2;
      } else if ((c == 'i' || c == 'y')
          && i + 1 < n
          && "aeu".indexOf(key.charAt(i + 1)) >= 0
          && (c == 'y' || !wordStart)) {
        // iotated vowels: ia / ya -> ja (de), ia (fr); iu / yu -> ju, iou
        char vowel = key.charAt(i + 1);
        sb.append(german ? "j" : "i")
            .append(!german && vowel == 'u' ? "ou" : String.valueOf(vowel));
        i += 2;
      } else if (c == 'y' && wordStart && i + 1 < n && isVowel(key.charAt(i + 1))) {
        sb.append(german ? "j" : "i");
        i += 1;
      } else if (c == 'y' && i + 1 < n && key.charAt(i + 1) == 'i') {
        sb.append(german ? "ji" : "yi");
        i += 2;
      } else if (c == 'v') {
        sb.append(german ? 'w' : 'v');
        i += 1;
      } else if (c == 'z') {
        sb.append(german ? 's' : 'z');
        i += 1;
      } else if (c == 'u') {
        sb.append(german ? "u" : "ou");
        i += 1;
      } else if (c == 's'
          && i > 0
          && i + 1 < n
          && isVowel(key.charAt(i - 1))
          && isVowel(key.charAt(i + 1))) {
        sb.append("ss");
        i += 1;
      } else {
        sb.append(c);
        i += 1;
      }
    }
    return sb.toString();
  }
}
