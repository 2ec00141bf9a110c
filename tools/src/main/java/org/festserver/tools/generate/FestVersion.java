package org.festserver.tools.generate;

/** FEST message versions the generator can write (FORMAT.md §1.2). */
public enum FestVersion {
  /** FEST 2.5.1 ({@code fest251.xml}): namespaces 2014-12-01. */
  V2_5_1("2.5.1", "http://www.kith.no/xmlstds/eresept/m30/2014-12-01",
      "http://www.kith.no/xmlstds/eresept/forskrivning/2014-12-01", "fest251.xml"),
  /** FEST 2.5.0 ({@code fest25.xml}): namespaces 2013-10-08, without the 2.5.1 additions. */
  V2_5_0("2.5.0", "http://www.kith.no/xmlstds/eresept/m30/2013-10-08",
      "http://www.kith.no/xmlstds/eresept/forskrivning/2013-10-08", "fest25.xml");

  private final String label;
  private final String m30Namespace;
  private final String forskrivningNamespace;
  private final String zipEntryName;

  FestVersion(String label, String m30Namespace, String forskrivningNamespace, String zipEntryName) {
    this.label = label;
    this.m30Namespace = m30Namespace;
    this.forskrivningNamespace = forskrivningNamespace;
    this.zipEntryName = zipEntryName;
  }

  /** "2.5.1" or "2.5.0". */
  public String label() {
    return label;
  }

  public String m30Namespace() {
    return m30Namespace;
  }

  public String forskrivningNamespace() {
    return forskrivningNamespace;
  }

  /** Name of the single XML entry in a .zip output. */
  public String zipEntryName() {
    return zipEntryName;
  }

  /** Parses "2.5.1" or "2.5.0". */
  public static FestVersion parse(String text) {
    for (FestVersion v : values()) {
      if (v.label.equals(text)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unsupported FEST version \"" + text + "\", expected 2.5.1 or 2.5.0");
  }

  boolean v251() {
    return this == V2_5_1;
  }
}
