package org.festserver.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import org.festserver.indexer.pharmacy.PharmacyListRejectedException;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.server.pharmacy.PharmacyEndpointsTestAccess;
import org.festserver.server.testing.Browser;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page end to end: Debian's headless Chromium against the real server on the generated bundled sample
 * (anchors in docs/generator.md). One server and one browser for the class.
 */
final class WebPageBrowserTest {
  private static final String ZOCOREX_BRAND = "ID_3BDD21A6-8D44-4AED-9A13-5DB618E6A605";
  private static final String KLACIMED_BRAND = "ID_D2E4D242-6413-4AFA-B5C4-2B89042EAC7C";
  private static final String SIMVASTATIN_GROUP = "ID_118BCAFC-5164-4176-B64F-60FE9DA4D55F";

  @TempDir static Path dir;
  private static TestServer server;
  private static ChromeDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException, PharmacyListRejectedException {
    browser = Browser.start(Files.createDirectories(dir.resolve("chromium-profile")));
    server = TestServer.start(TestFiles.bundledSample(), Files.createDirectories(dir.resolve("data")));
    server.server().pharmacies().install(PharmacyEndpointsTestAccess.sample()); // data/apotekslista_js_djur_*.txt
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void pageLoggedNoErrors() {
    // A script error, a missing file or a Content-Security-Policy violation shows as a SEVERE console entry.
    List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
    browser.manage().window().setSize(new Dimension(1200, 900));
    assertThat(errors).as("browser console errors").isEmpty();
  }

  private static void open(String pathAndQuery) {
    browser.get(server.baseUrl() + pathAndQuery);
  }

  private static WebElement await(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  private static List<String> kinds(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("data-kind")).toList();
  }

  private static String badge(WebElement option) {
    return option.findElement(By.cssSelector(".badge")).getAttribute("textContent");
  }

  private static String query() {
    String url = browser.getCurrentUrl();
    return url.substring(server.baseUrl().length());
  }

  // ---------------------------------------------------------------- search

  @Test
  @DisplayName("R-4.3.1: typing a brand name lists its substance group first, then the brand, each with a badge")
  void typeaheadShowsGroupBeforeBrand() {
    open("/");
    WebElement input = await("#search-input");
    input.sendKeys("zocorex");
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#search-list [role=option]"), 1));

    assertThat(kinds("#search-list [role=option]")).startsWith("substance-group", "brand");
    List<WebElement> options = browser.findElements(By.cssSelector("#search-list [role=option]"));
    assertThat(badge(options.get(0))).isEqualTo("Virkestoff");
    assertThat(options.get(0).getText()).contains("Simvastatin Tab 20 mg");
    assertThat(badge(options.get(1))).isEqualTo("Merkevare");
    assertThat(options.get(1).getText()).contains("Zocorex Tab 20 mg");
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
  }

  @Test
  @DisplayName("Keyboard only: arrows move through the suggestions, Enter opens the brand and the address names it")
  void keyboardPicksASuggestion() {
    open("/");
    WebElement input = await("#search-input");
    input.sendKeys("zocorex");
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#search-list [role=option]"), 1));
    input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    WebElement second = browser.findElements(By.cssSelector("#search-list [role=option]")).get(1);
    assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(second.getAttribute("id"));
    assertThat(second.getAttribute("aria-selected")).isEqualTo("true");

    input.sendKeys(Keys.ENTER);
    WebElement title = await(".product-title");
    assertThat(query()).isEqualTo("/?brand=" + ZOCOREX_BRAND);
    assertThat(title.getText()).contains("Zocorex Tab 20 mg");
    assertThat(browser.switchTo().activeElement()).as("focus moves to the product").isEqualTo(title);
  }

  @Test
  @DisplayName("R-4.3.1: /?q=zocorex opens that search; a group links to its brands and packs with their prices")
  void addressOpensSearchAndGroupShowsBrandsAndPacks() {
    open("/?q=zocorex");
    await(".results li");
    assertThat(kinds(".results li")).containsExactly("substance-group", "brand");
    assertThat(browser.findElement(By.id("search-input")).getAttribute("value")).isEqualTo("zocorex");

    browser.findElement(By.linkText("Simvastatin Tab 20 mg")).click();
    await(".brand-packs table");
    assertThat(query()).isEqualTo("/?group=" + SIMVASTATIN_GROUP);
    WebElement zocorex = browser.findElements(By.cssSelector(".brand-packs")).stream()
        .filter(b -> b.findElement(By.tagName("h4")).getText().equals("Zocorex Tab 20 mg")).findFirst().orElseThrow();
    JsonNode pack = server.get("/api/v1/packs/100010").json();
    String aup = "";
    for (JsonNode price : pack.get("prices")) {
      if (price.get("kind").asText().equals("aup") && price.get("status").asText().equals("current")) {
        aup = String.format(Locale.ROOT, "%.2f", price.get("amount").asDouble()).replace('.', ',');
      }
    }
    assertThat(zocorex.getText()).contains("100010", "Markedsført", aup + " kr");
    assertThat(browser.findElement(By.id("search-out")).getText())
        .contains("1 tablett 2 ganger daglig") // short-dose text, R-7.1.1
        .contains("Forskrivningsenheter");
  }

  // ---------------------------------------------------------------- product view

  @Test
  @DisplayName("R-9.5.1, R-6.5.x, R-6.4.1: a pack shows its own and its group's alerts, its interchangeable packs,"
      + " and the reimbursement codes valid for the chosen role")
  void packShowsAlertsInterchangeablePacksAndReimbursementByRole() {
    open("/?pack=100010&date=2026-11-01");
    await(".reimb");
    String page = browser.findElement(By.id("search-out")).getText();
    assertThat(page).contains("Mangel på Zocorex Tab 20 mg", "Råd om forskrivning av simvastatin");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[aria-label='Byttbare pakninger']"), "100012"));
    assertThat(browser.findElement(By.cssSelector("[aria-label='Byttbare pakninger']")).getText()).contains("100011", "100012");
    assertThat(codes()).contains("T93").doesNotContain("-26");

    browser.findElement(By.cssSelector("input[name=reimb-role][value=dispenser]")).click();
    wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".reimb-list"), "data-role", "dispenser"));
    assertThat(codes()).contains("T93", "-26");
    assertThat(query()).contains("pack=100010").contains("role=dispenser").contains("date=2026-11-01");
  }

  private static List<String> codes() {
    return browser.findElements(By.cssSelector(".reimb table.codes tbody tr td:first-child")).stream()
        .map(WebElement::getText).toList();
  }

  // ---------------------------------------------------------------- interaction check

  @Test
  @DisplayName("R-8.1.5: two products with a Bør unngås interaction, added by typing, show it in red")
  void interactionOfTwoProductsIsRed() {
    open("/?check=");
    addToCheck("Zocorex", "brand");
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#check-items li"), 1));
    addToCheck("Klacimed", "brand");

    WebElement card = await("article.ia");
    assertThat(query()).isEqualTo("/?check=brand:" + ZOCOREX_BRAND + ",brand:" + KLACIMED_BRAND);
    assertThat(card.getAttribute("data-relevance")).isEqualTo("1");
    assertThat(card.findElement(By.cssSelector(".rel-badge")).getText()).isEqualTo("Bør unngås");
    assertThat(card.findElement(By.cssSelector(".rel-badge")).getCssValue("background-color")).isEqualTo("rgba(179, 38, 30, 1)");
    assertThat(card.getCssValue("border-left-color")).isEqualTo("rgba(179, 38, 30, 1)");
    assertThat(card.getText()).contains("Klinisk konsekvens", "Håndtering", "Dosetilpasning");
  }

  private static void addToCheck(String text, String kind) {
    WebElement input = await("#check-input");
    input.sendKeys(text);
    By option = By.cssSelector("#check-list [role=option][data-kind=" + kind + "]");
    wait.until(ExpectedConditions.elementToBeClickable(option)).click();
  }

  @Test
  @DisplayName("R-8.1.5, R-8.1.7: the address opens the check; each card has its relevance colour, the situation"
      + " criterion in its box and the handling paragraphs under their headings, as the API answers")
  void cardsFollowTheApiAnswer() {
    open("/?check=pack:100010,pack:100013,atc:N06AB04&min=none");
    await("article.ia");
    JsonNode answer = server.postJson("/api/v1/interactions/check",
        "{\"items\":[\"pack:100010\",\"pack:100013\",\"atc:N06AB04\"],\"minRelevance\":\"none\"}").json();
    List<WebElement> cards = browser.findElements(By.cssSelector("article.ia"));
    assertThat(cards).hasSize(answer.get("interactions").size());
    List<String> relevances = new ArrayList<>();
    boolean sawSituation = false;
    for (int i = 0; i < cards.size(); i++) {
      WebElement card = cards.get(i);
      JsonNode interaction = answer.get("interactions").get(i);
      String relevance = interaction.get("relevance").get("code").asText();
      relevances.add(relevance);
      assertThat(card.getAttribute("data-relevance")).isEqualTo(relevance);
      String expected = switch (relevance) {
        case "1" -> "rgba(179, 38, 30, 1)"; // red
        case "2" -> "rgba(143, 71, 0, 1)"; // orange
        default -> "rgba(46, 107, 48, 1)"; // green
      };
      assertThat(card.findElement(By.cssSelector(".rel-badge")).getCssValue("background-color")).isEqualTo(expected);
      List<WebElement> situation = card.findElements(By.cssSelector(".situation"));
      if (interaction.get("situationCriterion").isNull()) {
        assertThat(situation).isEmpty();
      } else {
        sawSituation = true;
        assertThat(situation).singleElement().extracting(WebElement::getText).asString()
            .contains(interaction.get("situationCriterion").asText());
      }
      List<String> headings = new ArrayList<>();
      interaction.get("handling").forEach(p -> {
        if (!p.get("heading").isNull()) {
          headings.add(p.get("heading").asText());
        }
      });
      assertThat(card.findElements(By.cssSelector(".handling h5")).stream().map(WebElement::getText).toList())
          .containsExactlyElementsOf(headings);
    }
    assertThat(relevances).contains("1", "2");
    assertThat(sawSituation).as("the anchors include an interaction with a situation criterion").isTrue();
    assertThat(browser.findElement(By.id("check-min")).getAttribute("value")).isEqualTo("none");
  }

  @Test
  @DisplayName("R-8.5.1: a not-assessed product is shown apart from \"no interactions found\"")
  void notAssessedIsShownApart() {
    open("/?check=pack:100010,pack:100060");
    WebElement notAssessed = await("section.not-assessed");
    assertThat(browser.findElement(By.id("check-summary")).getText()).isEqualTo("Ingen interaksjoner funnet");
    assertThat(notAssessed.getText()).contains("Ikke vurdert for interaksjoner", "A10BX16");
    assertThat(browser.findElements(By.cssSelector("article.ia"))).isEmpty();
  }

  // ---------------------------------------------------------------- pharmacies

  @Test
  @DisplayName("The veterinary filter narrows the pharmacy list to those that take veterinary e-prescriptions (E = J)")
  void vetFilterNarrowsPharmacies() {
    open("/?pharmacies=");
    int all = Integer.parseInt(await("#pharm-count").getAttribute("data-total"));
    assertThat(all).isEqualTo(server.get("/api/v1/pharmacies").json().get("total").asInt());

    WebElement vet = browser.findElement(By.id("pharm-vet"));
    vet.sendKeys(Keys.SPACE); // keyboard only
    wait.until(ExpectedConditions.not(ExpectedConditions.attributeToBe(By.id("pharm-count"), "data-total", String.valueOf(all))));
    int vetOnly = Integer.parseInt(browser.findElement(By.id("pharm-count")).getAttribute("data-total"));
    assertThat(vetOnly).isPositive().isLessThan(all)
        .isEqualTo(server.get("/api/v1/pharmacies?vet=true").json().get("total").asInt());
    assertThat(browser.findElements(By.cssSelector("li.pharmacy"))).isNotEmpty()
        .allSatisfy(p -> assertThat(p.getAttribute("data-vet")).isEqualTo("true"));
    assertThat(query()).contains("vet=true");
  }

  // ---------------------------------------------------------------- layout

  @Test
  @DisplayName("At 360 px the product view and the check need no sideways scrolling")
  void phoneWidth() {
    browser.manage().window().setSize(new Dimension(360, 800));
    for (String page : List.of("/?pack=100010", "/?check=pack:100010,pack:100013", "/?pharmacies=")) {
      open(page);
      await(page.contains("check") ? "article.ia" : page.contains("pharm") ? "li.pharmacy" : ".reimb");
      Object overflow = ((JavascriptExecutor) browser).executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(((Number) overflow).intValue()).as(page).isLessThanOrEqualTo(0);
    }
  }

  // ---------------------------------------------------------------- screenshots for docs/

  @Test
  @DisplayName("Screenshots of the main views into -Dfest.screenshots.dir (docs/screenshots), when asked for")
  void screenshots() throws IOException {
    String target = System.getProperty("fest.screenshots.dir");
    Assumptions.assumeTrue(target != null && !target.isBlank(), "no -Dfest.screenshots.dir");
    Path out = Files.createDirectories(Path.of(target));
    open("/");
    await("#search-input").sendKeys("simva");
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#search-list [role=option]"), 1));
    browser.findElement(By.id("search-input")).sendKeys(Keys.ARROW_DOWN);
    shoot(out.resolve("search-typeahead.png"), 1000, 600);
    open("/?pack=100010&date=2026-11-01");
    await(".reimb");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[aria-label='Byttbare pakninger']"), "100012"));
    shoot(out.resolve("product-pack.png"), 1000, 0);
    open("/?check=pack:100010,pack:100013,pack:100060");
    await("article.ia");
    shoot(out.resolve("interaction-check.png"), 1000, 0);
    open("/?pharmacies=g%C3%B6teborg&vet=true");
    await("li.pharmacy");
    shoot(out.resolve("pharmacy-finder.png"), 1000, 1300);
    browser.manage().window().setSize(new Dimension(360, 800));
    open("/?check=pack:100010,pack:100013");
    await("article.ia");
    shoot(out.resolve("interaction-check-phone.png"), 360, 0);
  }

  /** A screenshot of the page at that width, as tall as the page (height 0) or as given. */
  private static void shoot(Path file, int width, int height) throws IOException {
    int h = height > 0 ? height : Math.min(3000, ((Number) ((JavascriptExecutor) browser)
        .executeScript("return document.documentElement.scrollHeight;")).intValue() + 20);
    browser.manage().window().setSize(new Dimension(width, h));
    Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
  }
}
