package org.festserver.server.testing;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium ({@code /usr/bin/chromium}) driven through Debian's ChromeDriver
 * ({@code /usr/bin/chromedriver}) for the {@code *BrowserTest} classes. Both paths are given to Selenium, so Selenium
 * Manager never looks for, or downloads, a browser or a driver.
 *
 * <p>When either is missing the tests FAIL with a message saying how to install them ({@code .ci/run} installs them
 * when it can); they are skipped only when {@code -Dfest.browser.tests=skip} is given explicitly.
 */
public final class Browser {
  public static final String SKIP_PROPERTY = "fest.browser.tests";
  public static final Path CHROMIUM = Path.of(System.getProperty("fest.chromium", "/usr/bin/chromium"));
  public static final Path CHROMEDRIVER = Path.of(System.getProperty("fest.chromedriver", "/usr/bin/chromedriver"));

  /** Held so that the level sticks: Selenium warns on every start that it has no CDP module for this version. */
  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  private Browser() {}

  /**
   * Starts a headless browser with a fresh profile in {@code profileDir} and a 1200×900 window.
   *
   * @throws AssertionError when Chromium or ChromeDriver is missing and the tests are not explicitly skipped
   */
  public static ChromeDriver start(Path profileDir) {
    Assumptions.assumeFalse("skip".equals(System.getProperty(SKIP_PROPERTY)),
        "browser tests skipped by -D" + SKIP_PROPERTY + "=skip");
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      Path missing = Files.isExecutable(CHROMIUM) ? CHROMEDRIVER : CHROMIUM;
      throw new AssertionError("the browser tests need Debian's Chromium and ChromeDriver at " + CHROMIUM + " and "
          + CHROMEDRIVER + "; " + missing + " is missing: install them with `apt-get install -y chromium chromium-driver` "
          + "(.ci/run does this when apt-get is available), or skip these tests explicitly with -D" + SKIP_PROPERTY
          + "=skip");
    }
    SELENIUM_LOG.setLevel(Level.SEVERE);
    // Belt and braces: the driver path is also where Selenium looks before it would ask Selenium Manager.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=nb-NO", "--window-size=1200,900",
        "--user-data-dir=" + profileDir.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogOutput(OutputStream.nullOutputStream())
        .build();
    return new ChromeDriver(service, options);
  }
}
