package org.conflictmap.geoparse;

/** Reports written for the tests, shared by the geoparser and command tests. */
public final class GeoparseFixtures {
  private GeoparseFixtures() {}

  /**
   * A report with the structure of the project's seed report: fighting in one Ukrainian region,
   * operations in two Russian regions, and many places that are only context.
   */
  public static final String CAPTURED_FOREIGNERS =
      """
      Kyiv Says Its Troops Took Two Foreign Fighters Prisoner
      Ukraine's army said on Monday it had taken prisoner two Chinese citizens who were fighting \
      on the Russian side in the eastern Donetsk region.
      The question now is how far Beijing knew of the men's role in the war.
      Kyiv will raise the matter with Beijing, the Ukrainian foreign minister said.
      Recruiters are said to have brought fighters from Nepal and several Central Asian states, \
      and North Korean units were sent by Pyongyang under a pact with Moscow.
      Moscow did not comment, and neither did officials in Beijing.
      The men were held about 500 km from Moscow before they reached the front, according to \
      their papers.
      Showing prisoners on video may breach the Geneva Conventions, lawyers noted, and talks in \
      Geneva have not addressed the issue.
      Volunteers from the United States have also fought on the Ukrainian side.
      Separately, Ukrainian troops kept up operations in the Kursk and Belgorod regions of Russia, \
      the general staff said.
      """;
}
