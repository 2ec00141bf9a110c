package org.festserver.indexer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.festserver.model.entry.Entry;

/**
 * An oracle independent of the binding: walks the raw XML with the JDK's StAX parser and counts, per entry payload,
 * the values it carries — attributes (other than namespace declarations) and elements with non-blank text.
 */
final class XmlLeafCounter {
  record PayloadLeaves(String payload, int leaves, List<String> paths) {}

  private XmlLeafCounter() {}

  static List<PayloadLeaves> count(Path gzFile) throws Exception {
    List<PayloadLeaves> result = new ArrayList<>();
    try (InputStream in = gzFile.toString().endsWith(".gz")
        ? new GZIPInputStream(Files.newInputStream(gzFile)) : Files.newInputStream(gzFile)) {
      XMLStreamReader xml = XMLInputFactory.newDefaultFactory().createXMLStreamReader(in);
      int depth = 0;
      String payload = null;
      boolean inPayload = false;
      int leaves = 0;
      List<String> paths = new ArrayList<>();
      List<String> stack = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          stack.add(xml.getLocalName());
          text.setLength(0);
          if (depth == 3) {
            payload = null;
            leaves = 0;
            paths = new ArrayList<>();
          }
          if (depth == 4) {
            boolean envelope = List.of("Id", "Tidspunkt", "Status").contains(xml.getLocalName());
            inPayload = !envelope;
            if (!envelope && payload == null) {
              payload = xml.getLocalName();
            }
          }
          if (inPayload) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
              leaves++;
              paths.add(String.join("/", stack.subList(3, stack.size())) + "@" + xml.getAttributeLocalName(i));
            }
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          text.append(xml.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (inPayload && depth > 4 && !text.toString().isBlank()) {
            leaves++;
            paths.add(String.join("/", stack.subList(3, stack.size())));
          }
          text.setLength(0);
          if (depth == 4) {
            inPayload = false;
          }
          if (depth == 3) {
            result.add(new PayloadLeaves(payload, leaves, paths));
          }
          stack.remove(stack.size() - 1);
          depth--;
        }
      }
    }
    return result;
  }

  /**
   * Entries whose record holds a different number of values than the XML carried, with the XML paths; empty when
   * every value came through.
   */
  static List<String> mismatches(List<Entry> entries, List<PayloadLeaves> oracle) {
    if (oracle.size() != entries.size()) {
      return List.of("the XML has " + oracle.size() + " entries, the reader gave " + entries.size());
    }
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (entry.entity() == null) {
        continue;
      }
      int recordValues = leaves(json.valueToTree(entry.entity())) - synthesized(entry, oracle.get(i));
      if (recordValues != oracle.get(i).leaves()) {
        mismatches.add(entry.entity().kind() + " " + entry.entity().key() + ": xml " + oracle.get(i).leaves()
            + " values, record " + recordValues + " " + oracle.get(i).paths());
      }
    }
    return mismatches;
  }

  /** Values a record has that the XML does not carry: a false opioid flag, the entry id of id-less kinds. */
  private static int synthesized(Entry entry, PayloadLeaves xml) {
    switch (entry.entity().kind()) {
      case BRAND:
      case PACK:
      case SUBSTANCE_GROUP:
      case UNIT_DOSE:
        // opioidApplication=false when absent ("only present when true")
        return xml.paths().stream().anyMatch(p -> p.endsWith("/Opioidsoknad")) ? 0 : 1;
      case REIMBURSEMENT:
      case ALERT:
      case INTERACTION_NOT_ASSESSED:
      case STRUCTURED_DOSAGE:
        return 1; // the entry id, their key
      case SUPPLY:
        return 1; // the kind of trade good, from the element name
      default:
        return 0;
    }
  }

  private static int leaves(JsonNode node) {
    if (node.isObject() || node.isArray()) {
      int n = 0;
      for (JsonNode child : node) {
        n += leaves(child);
      }
      return n;
    }
    return node.isNull() ? 0 : 1;
  }
}
