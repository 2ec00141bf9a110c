package org.festserver.indexer.store;

import java.nio.file.Path;
import org.mapdb.DB;
import org.mapdb.DBMaker;

/** How MapDB files are opened: one place for the options so that writer and reader agree. */
final class StoreFiles {
  static final String FILE_NAME = "store.mapdb";

  private StoreFiles() {}

  static String entityMap(org.festserver.model.entry.EntityKind kind) {
    return "entity." + kind.name();
  }

  static String lookupMap(Lookup lookup) {
    return "lookup." + lookup.name();
  }

  /** A new file for a build: no transaction log (the build directory is discarded on failure). */
  static DB create(Path dir) {
    return DBMaker.fileDB(dir.resolve(FILE_NAME).toFile())
        .fileMmapEnableIfSupported()
        .fileMmapPreclearDisable()
        .make();
  }

  /** A finished file, read-only and memory-mapped. */
  static DB openReadOnly(Path dir) {
    return DBMaker.fileDB(dir.resolve(FILE_NAME).toFile())
        .readOnly()
        .fileMmapEnableIfSupported()
        .fileMmapPreclearDisable()
        .make();
  }
}
