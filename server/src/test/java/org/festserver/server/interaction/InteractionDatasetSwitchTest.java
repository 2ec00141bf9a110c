package org.festserver.server.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.festserver.server.interaction.InteractionScenario.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.festserver.indexer.dataset.BuildProgress;
import org.festserver.indexer.dataset.DatasetBuilder;
import org.festserver.indexer.dataset.DatasetManifest;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interaction index belongs to its dataset: after a switch, checks and searches answer from the new one. */
final class InteractionDatasetSwitchTest {
  @TempDir Path dir;

  @Test
  @DisplayName("Issue 4: a dataset switch replaces the interaction index; the old answers are gone")
  void switchReplacesTheIndex() throws Exception {
    try (TestServer server = InteractionScenario.start(dir)) {
      String body = InteractionScenario.body(null, "none", "pack:100010", "pack:100013");
      assertThat(ids(server.postJson("/api/v1/interactions/check", body).json())).containsExactly("ID_INT_SIMVA_KLARI");
      assertThat(ids(server.get("/api/v1/interactions?q=C08CA01").json())).containsExactly("ID_INT_SIMVA_AMLODIPIN");

      Path next = TestFiles.copy("fest/interactions/interaction-switch.xml", dir);
      DatasetManifest manifest = new DatasetBuilder(server.datasets().data()).buildFull(next, BuildProgress.Listener.NONE);
      server.datasets().activate(manifest.id());

      JsonNode answer = server.postJson("/api/v1/interactions/check", body).json();
      assertThat(ids(answer)).containsExactly("ID_INT_SIMVA_KLARI_V2");
      assertThat(answer.get("interactions").get(0).get("relevance").get("code").asText()).isEqualTo("2");
      assertThat(ids(server.get("/api/v1/interactions?q=C08CA01").json())).isEmpty();
      assertThat(ids(server.get("/api/v1/interactions?q=Klaritromycin").json())).containsExactly("ID_INT_SIMVA_KLARI_V2");
    }
  }
}
