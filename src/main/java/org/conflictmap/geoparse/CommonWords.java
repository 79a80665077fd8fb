package org.conflictmap.geoparse;

import java.util.HashSet;
import java.util.Set;

/**
 * English words and first names that are also the names of towns somewhere ("Bar", "Of", "Nice",
 * "Split", "Mary", "Police", "Reading"), and frequent sentence openers. A capitalised one-word name
 * found here is a place only with clear evidence (see {@link MentionFinder}).
 */
final class CommonWords {
  private static final Set<String> WORDS = new HashSet<>();

  static {
    String words =
        """
        a about above across after again against all also although always am among an and any
        are around as at away back bad bar be because been before being below best better
        between big both but by call called can case center centre change city close come could
        day days deal does down during each early east even every fair far few field first five
        for four free from front full further general get given go going good great green group
        had half hand has have he her here high him his home hope hot how however if in into is
        it its just key kind land last late law lead least left less let life like line little
        long look low made main make man many may me mean meanwhile more most much must my
        near need never new next nice no none nor north not now of off office old on once one
        only open or order other our out over own part past people place plain point police
        power press right round said same say see she should side since six small so some south
        split still such sun take ten than that the their them then there these they third
        this those though three through to today too top town two under union until up upon us
        use very view was way we well were west what when where which while white who why will
        with within without world would year yes yet you young your
        mary john paul james george victoria florence alexandria charlotte elizabeth jackson
        lincoln franklin hamilton madison clinton wilson ruth grace joy eve hope
        faith chance harmony unity liberty independence concord union friendship
        reading bath deal mobile buffalo orange troy marathon eagle sale hull wells cork
        bologna salt mission university college opportunity enterprise energy commerce industry
        justice progress providence paradise eden surprise success temple trinity
        male lima bra bus cap par ski gap van sign worth worms wedding dating bonny sandy
        rainy goodyear dover beach gold silver iron copper coal golden ocean bay lake mountain
        mount hills river springs falls park garden church castle bridge station port harbour
        march april may june august christmas easter sunday monday
        minister bank street royal court congress star post central cup vice king republic
        inc chamber english western eastern northern southern republican democrat senate house
        federal national international state states university school hospital airport
        council party army navy police service team club league house office news media
        christian muslim jewish catholic islam god lord saint holy
        kelly thomas allen johnson nelson francis barry levi chen wang lee kim li zhang
        die der das den dem des ein eine einen und mit von bei nach aus auf ist sind hat haben
        le la les un une et au aux du sur dans par pour avec est sont ont
        kill man mayo aura mort zero
        landes norden süden osten westen zentrum ende mitte крім кроме
        wie als aber auch noch nur schon sehr wenn weil dass oder sowie laut seit bis gegen unter
        über vor zwischen während nachdem wurde wurden
        mais ou donc car selon depuis pendant après avant entre sous vers chez contre
        """;
    for (String w : words.trim().split("\\s+")) {
      WORDS.add(w);
    }
  }

  private CommonWords() {}

  /** True for a lower-case word of the list. */
  static boolean contains(String lower) {
    return WORDS.contains(lower);
  }
}
