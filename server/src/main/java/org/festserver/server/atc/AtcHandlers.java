package org.festserver.server.atc;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.server.dataset.LiveDataset;
import org.festserver.server.problem.ApiException;

/** {@code GET /atc/{code}}: the code's Norwegian and English names, its parent and its children. */
public final class AtcHandlers {
  /** The response: the code with both names, the parent (or null) and the children in code order. */
  record AtcView(String code, String nameNorwegian, String nameEnglish, AtcTree.Node parent, List<AtcTree.Node> children) {}

  private final LiveDataset live;

  public AtcHandlers(LiveDataset live) {
    this.live = live;
  }

  /** Builds the ATC tree of a dataset before it goes live. */
  public static void warm(Dataset dataset) {
    dataset.derived(AtcTree.class, AtcTree::build);
  }

  public void atc(Context ctx) {
    String code = ctx.pathParam("code").strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z][A-Z0-9]{0,7}")) {
      throw ApiException.invalidParameter("code", "expected an ATC code such as C10AA01 (a letter, then up to 7 letters or digits)");
    }
    ctx.json(live.read(ctx, dataset -> {
      AtcTree tree = dataset.derived(AtcTree.class, AtcTree::build);
      AtcTree.Node node = tree.node(code);
      if (node == null) {
        throw ApiException.notFound("ATC code", code);
      }
      return new AtcView(node.code(), node.nameNorwegian(), node.nameEnglish(), tree.parent(code), tree.children(code));
    }));
  }
}
