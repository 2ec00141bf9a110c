package org.festserver.server.json;

import org.festserver.model.common.Coded;

/** A coded value in responses: the code ({@code V}) and its display text ({@code DN}), exactly as in the file. */
public record CodedJson(String code, String text) {

  /** The JSON form of a coded value, or null for null. */
  public static CodedJson of(Coded value) {
    return value == null ? null : new CodedJson(value.code(), value.text());
  }
}
