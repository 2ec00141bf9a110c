package org.festserver.server.alert;

import java.time.LocalDate;
import java.util.List;
import org.festserver.server.json.CodedJson;

/**
 * An alert in responses: id (the entry id; alerts have no other), type (7441), headline, text, from date,
 * audience (Visningsregel, 7442, with the API name), link (R-9.4.1: {@code description} is the text to show, the URL
 * itself when the file gives no description) and {@code attachedTo}: the products or reimbursement group the alert
 * refers to that bring it to the asked product.
 */
public record AlertView(
    String id,
    CodedJson type,
    String headline,
    String text,
    LocalDate fromDate,
    List<Audience> audience,
    Link link,
    List<Attachment> attachedTo) {

  /** One Visningsregel: its 7442 code and text, and the API name ({@code gp}, …) or null when unknown. */
  public record Audience(String code, String text, String name) {}

  /** A link to show by its description. */
  public record Link(String description, String url) {}

  /** What the alert refers to: {@code kind} pack, brand, substance-group or reimbursement-group, and the id. */
  public record Attachment(String kind, String id) {}
}
