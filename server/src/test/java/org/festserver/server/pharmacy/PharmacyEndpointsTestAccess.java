package org.festserver.server.pharmacy;

import java.nio.file.Path;

/** Lets tests of other packages find the sample pharmacy list. */
public final class PharmacyEndpointsTestAccess {
  private PharmacyEndpointsTestAccess() {}

  public static Path sample() {
    return PharmacyEndpointsTest.sample();
  }
}
