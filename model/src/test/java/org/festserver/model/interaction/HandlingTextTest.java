package org.festserver.model.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class HandlingTextTest {

  @Test
  @DisplayName("R-8.1.7: each line starting with a heading is one paragraph (text from the 2017 file)")
  void splitsLinesStartingWithHeadings() {
    String text = "Dosetilpasning: Dosen av rizatriptan bør halveres.\n"
        + "Monitorering: Pasienten bør følges opp.\n"
        + "Legemiddelalternativer: SSRI-preparater hemmer ikke MAO-A.\n";
    assertThat(HandlingText.split(text)).containsExactly(
        new HandlingParagraph("Dosetilpasning", "Dosen av rizatriptan bør halveres."),
        new HandlingParagraph("Monitorering", "Pasienten bør følges opp."),
        new HandlingParagraph("Legemiddelalternativer", "SSRI-preparater hemmer ikke MAO-A."));
  }

  @Test
  @DisplayName("R-8.1.7: all four headings are recognised, also 'Justering av administrering', in any case")
  void recognisesAllFourHeadingsCaseInsensitively() {
    String text = "JUSTERING AV ADMINISTRERING : Gi med 2 timers mellomrom.\r\nmonitorering: Mål INR.";
    assertThat(HandlingText.split(text)).containsExactly(
        new HandlingParagraph("Justering av administrering", "Gi med 2 timers mellomrom."),
        new HandlingParagraph("Monitorering", "Mål INR."));
  }

  @Test
  @DisplayName("R-8.1.7: a text flattened onto one line splits after the end of a sentence")
  void splitsHeadingsAfterSentenceEnds() {
    String text = "Dosetilpasning: Reduser dosen. Monitorering: Følg opp klinisk.";
    assertThat(HandlingText.split(text)).containsExactly(
        new HandlingParagraph("Dosetilpasning", "Reduser dosen."),
        new HandlingParagraph("Monitorering", "Følg opp klinisk."));
  }

  @Test
  @DisplayName("R-8.1.7: a heading word inside a sentence is ordinary text")
  void headingWordsInsideSentencesAreText() {
    String text = "Monitorering: Vurder behov for monitorering: serumkonsentrasjon.";
    assertThat(HandlingText.split(text)).containsExactly(
        new HandlingParagraph("Monitorering", "Vurder behov for monitorering: serumkonsentrasjon."));
  }

  @Test
  @DisplayName("R-8.1.7: text before the first heading is kept as a paragraph without heading")
  void textBeforeFirstHeadingHasNoHeading() {
    assertThat(HandlingText.split("Bør unngås.\nMonitorering: Mål QT-tid."))
        .containsExactly(new HandlingParagraph(null, "Bør unngås."), new HandlingParagraph("Monitorering", "Mål QT-tid."));
    assertThat(HandlingText.split("Ingen overskrift her.")).containsExactly(new HandlingParagraph(null, "Ingen overskrift her."));
  }

  @Test
  @DisplayName("R-8.1.7: continuation lines stay in their paragraph; empty paragraphs and texts give nothing")
  void continuationLinesAndEmptyTexts() {
    assertThat(HandlingText.split("Monitorering: Mål QT-tid\n  før og etter oppstart.\n\nDosetilpasning:\n"))
        .containsExactly(new HandlingParagraph("Monitorering", "Mål QT-tid\nfør og etter oppstart."));
    assertThat(HandlingText.split(null)).isEmpty();
    assertThat(HandlingText.split("  \n ")).isEmpty();
  }
}
