package org.festserver.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Validates generated files against the agency's XSDs (never copied into the repository): the reference folder
 * comes from the system property {@code fest.reference.dir}; unset or empty skips, set but missing fails.
 */
final class GeneratorConformanceTest {

  private static final String M30 = "xsd/R1808-eResept-M30-2014-12-01/ER-M30-2014-12-01.xsd";
  private static final String M30_LOOSE = "xsd/R1808-eResept-M30-2014-12-01/ER-M30-2014-12-01-loose.xsd";

  // ------------------------------------------------------------------------------------------ full files

  @Test
  @DisplayName("A FEST 2.5.1 file is valid against the strict 2014-12-01 XSD (xs:ID unique, every IDREF resolves)")
  void fest251FileIsValidAgainstTheStrictXsd() throws Exception {
    Path reference = referenceDir();
    List<String> errors = validate(reference.resolve(M30), TestFiles.standard());
    assertThat(errors).isEmpty();
  }

  @Test
  @DisplayName("A FEST 2.5.0 file is valid against the 2013-10-08 Forskrivning XSD inside the M30 envelope "
      + "(FORMAT.md §1.2)")
  void fest250FileIsValidAgainstThe20131008Schemas() throws Exception {
    Path reference = referenceDir();
    Path file = TestFiles.full(TestFiles.SCALE, TestFiles.SEED, FestVersion.V2_5_0, ".xml");
    // There is no 2013-10-08 M30 XSD. Its change log says 2014-12-01 only changed the Forskrivning namespace and
    // added KatOrdineringVirkestoff, so the envelope is derived from the 2014 XSD (namespaces replaced, importing
    // the real Forskrivning-2013-10-08.xsd) in a temp folder; every payload is validated by the 2013 schema.
    String m30 = Files.readString(reference.resolve(M30), StandardCharsets.UTF_8)
        .replace("2014-12-01", "2013-10-08")
        .replace("../felles/kith.xsd", reference.resolve("xsd/felles/kith.xsd").toUri().toString())
        .replace("../felles/Forskrivning-2013-10-08.xsd",
            reference.resolve("xsd/felles/Forskrivning-2013-10-08.xsd").toUri().toString());
    Path derived = TestFiles.dir().resolve("ER-M30-2013-10-08-derived.xsd");
    Files.writeString(derived, m30, StandardCharsets.UTF_8);

    assertThat(validate(derived, file)).isEmpty();
    Set<String> namespaces = new HashSet<>();
    EntryScan scan = EntryScan.scan(file, (catalog, entry) -> collectNamespaces(entry, namespaces));
    namespaces.add(scan.rootNamespace);
    assertThat(namespaces).containsExactlyInAnyOrder(FestVersion.V2_5_0.m30Namespace(),
        FestVersion.V2_5_0.forskrivningNamespace());
  }

  @Test
  @DisplayName("The reference folder property: set but missing fails instead of skipping")
  void aMissingReferenceFolderFails() {
    Path missing = Path.of("/nonexistent/fest-reference");
    assertThat(Files.isDirectory(missing)).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> requireDirectory(missing.toString()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("fest.reference.dir");
  }

  // ------------------------------------------------------------------------------------------ increments

  @Test
  @DisplayName("An increment is valid against the loose XSD (R-13.1)")
  void incrementIsValidAgainstTheLooseXsd() throws Exception {
    Path reference = referenceDir();
    Path increment = TestFiles.increment();
    // ER-M30-2014-12-01-loose.xsd imports the strict Forskrivning XSD, so the IDREFs inside Forskrivning payloads
    // (a changed pack's RefLegemiddelMerkevare, ...) cannot resolve in an increment. The loose M30 XSD with the
    // loose Forskrivning XSD (every IDREF a string) is what the agency describes; with the files as shipped only
    // cvc-id.1 (unresolved IDREF) errors may occur.
    List<String> asShipped = validate(reference.resolve(M30_LOOSE), increment);
    assertThat(asShipped).allMatch(e -> e.contains("cvc-id.1"));

    String loose = Files.readString(reference.resolve(M30_LOOSE), StandardCharsets.UTF_8)
        .replace("../felles/kith.xsd", reference.resolve("xsd/felles/kith.xsd").toUri().toString())
        .replace("../felles/Forskrivning-2014-12-01.xsd",
            reference.resolve("xsd/felles/Forskrivning-2014-12-01-loose.xsd").toUri().toString());
    Path derived = TestFiles.dir().resolve("ER-M30-2014-12-01-loose-with-loose-forskrivning.xsd");
    Files.writeString(derived, loose, StandardCharsets.UTF_8);
    assertThat(validate(derived, increment)).isEmpty();
  }

  // ------------------------------------------------------------------------------------------ helpers

  static Path referenceDir() {
    String property = System.getProperty("fest.reference.dir");
    Assumptions.assumeTrue(property != null && !property.isBlank(),
        "fest.reference.dir is not set: skipping XSD validation "
            + "(run with -Dfest.reference.dir=/path/to/shared/fest/reference)");
    return requireDirectory(property);
  }

  static Path requireDirectory(String property) {
    Path dir = Path.of(property);
    if (!Files.isDirectory(dir)) {
      throw new AssertionError("fest.reference.dir is set to " + property + " but that folder does not exist");
    }
    return dir;
  }

  static List<String> validate(Path xsd, Path file) throws Exception {
    Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile());
    Validator validator = schema.newValidator();
    List<String> errors = new ArrayList<>();
    validator.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        errors.add("fatal " + e.getLineNumber() + ": " + e.getMessage());
      }
    });
    try (InputStream in = EntryScan.open(file)) {
      validator.validate(new StreamSource(in));
    } catch (IOException e) {
      errors.add("cannot read " + file + ": " + e.getMessage());
    }
    return errors;
  }

  private static void collectNamespaces(Node n, Set<String> out) {
    out.add(n.namespace);
    for (Node c : n.children) {
      collectNamespaces(c, out);
    }
  }
}
