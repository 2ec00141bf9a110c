package org.festserver.server.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import io.javalin.router.ParsedEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.server.pharmacy.PharmacyEndpointsTestAccess;
import org.festserver.server.testing.JobWait;
import org.festserver.server.testing.Multipart;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-written OpenAPI description ({@code openapi/openapi.json}) against the running server: every route is
 * described and every described route exists, real responses validate against their schemas (JSON Schema 2020-12,
 * the OpenAPI 3.1 dialect), and every declared parameter constraint is enforced with a 400 naming the parameter.
 */
final class OpenApiContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SPEC = "classpath:openapi/openapi.json";
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
      builder -> builder.metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
      .formatAssertionsEnabled(true).build();
  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  private static final String TOKEN = "contract-test-token";

  @TempDir static Path dir;
  static JsonNode spec;
  static TestServer bundled;
  static Path pharmacyList;

  /** One request and the described route it exercises; {@code admin} sends the admin token. */
  record Call(String method, String template, String path, String contentType, byte[] body, boolean admin) {
    static Call get(String template, String path) {
      return new Call("get", template, path, null, null, false);
    }

    static Call admin(String template, String path) {
      return new Call("get", template, path, null, null, true);
    }

    static Call postJson(String template, String json) {
      return new Call("post", template, template, "application/json", json.getBytes(StandardCharsets.UTF_8), false);
    }

    static Call upload(String template, String path, Path file) {
      Multipart body = Multipart.file(file);
      return new Call("post", template, path, body.contentType(), body.bytes(), true);
    }

    Call at(String otherPath) {
      return new Call(method, template, otherPath, contentType, body, admin);
    }

    Call withoutToken() {
      return new Call(method, template, path, contentType, body, false);
    }
  }

  @BeforeAll
  static void start() throws IOException {
    try (InputStream in = OpenApiContractTest.class.getResourceAsStream(ApiDocs.SPEC_RESOURCE)) {
      spec = JSON.readTree(in);
    }
    bundled = TestServer.startWithAdmin(TestFiles.bundledSample(), dir.resolve("bundled"), TOKEN);
    pharmacyList = PharmacyEndpointsTestAccess.sample();
    // a pharmacy list, so that the pharmacy endpoints answer 200
    TestServer.Response upload = send(bundled, Call.upload("/api/v1/admin/pharmacies", "/api/v1/admin/pharmacies",
        pharmacyList));
    assertThat(JobWait.finished(bundled, upload.header("Location"), TOKEN).path("state").asText()).isEqualTo("succeeded");
  }

  @AfterAll
  static void stop() {
    bundled.close();
  }

  // ------------------------------------------------------------------ the route table

  @Test
  void everyRegisteredRouteIsDescribedAndEveryDescribedRouteExists() {
    Set<String> registered = new TreeSet<>();
    for (ParsedEndpoint parsed : bundled.catalogServer().javalin().unsafe.internalRouter.allHttpHandlers()) {
      String method = parsed.endpoint.method.name().toLowerCase(Locale.ROOT);
      if (METHODS.contains(method)) {
        registered.add(method + " " + parsed.endpoint.path);
      }
    }
    assertThat(describedOperations()).isEqualTo(registered);
  }

  @Test
  void theDescriptionIsOpenApi31AndServedAsIs() throws IOException {
    assertThat(spec.path("openapi").asText()).startsWith("3.1.");
    TestServer.Response served = bundled.get("/api/v1/openapi.json");
    assertThat(served.status()).isEqualTo(200);
    assertThat(served.contentType()).startsWith("application/json");
    assertThat(served.json()).isEqualTo(spec);
    // every schema compiles (a typo in a $ref fails here)
    spec.path("components").path("schemas").fieldNames().forEachRemaining(name ->
        assertThat(schema("#/components/schemas/" + name)).isNotNull());
  }

  @Test
  void theDocumentationPageUsesOnlyFilesServedByThisServer() {
    TestServer.Response page = bundled.get("/api/docs");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    Matcher urls = Pattern.compile("(?:src|href|url)\\s*[=:]\\s*\"([^\"]+)\"").matcher(page.body());
    List<String> referenced = new ArrayList<>();
    while (urls.find()) {
      referenced.add(urls.group(1));
    }
    assertThat(referenced).isNotEmpty().allSatisfy(url -> {
      assertThat(url).startsWith("/");
      assertThat(bundled.get(url).status()).as(url).isEqualTo(200);
    });
    assertThat(bundled.get("/api/docs/swagger-ui-bundle.js").body()).contains("SwaggerUIBundle");
    // the browser may load nothing from elsewhere, and no inline script
    assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'").contains("script-src 'self';");
    assertThat(page.body()).doesNotContain("<script>");
  }

  // ------------------------------------------------------------------ responses match their schemas

  @Test
  void everyOperationAnswersTheBundledSampleWithBodiesThatMatchTheirSchemas() {
    Set<String> exercised = new TreeSet<>();
    List<String> jobs = new ArrayList<>();
    for (Call call : calls(bundled)) {
      TestServer.Response response = send(bundled, call);
      assertThat(response.status()).as("%s %s: %s", call.method(), call.path(), response.body()).isBetween(200, 299);
      assertMatches(call, response);
      exercised.add(call.method() + " " + call.template());
      if (response.status() == 202) {
        jobs.add(response.header("Location"));
      }
    }
    assertThat(exercised).isEqualTo(describedOperations());
    assertThat(jobs).hasSize(2);
    for (String job : jobs) {
      // the same upload again: both jobs fail (stale-extract, outdated-pharmacy-list) with a problem as their error
      JsonNode finished = JobWait.finished(bundled, job, TOKEN);
      assertThat(finished.path("state").asText()).isEqualTo("failed");
      assertMatches(Call.admin("/api/v1/admin/jobs/{id}", job), bundled.getAsAdmin(job, TOKEN));
    }
    assertMatches(Call.get("/api/v1/status", "/api/v1/status"), bundled.get("/api/v1/status"));
  }

  @Test
  void responsesOnTheReal2017SampleMatchTheirSchemas() {
    try (TestServer real = TestServer.start(TestFiles.copy(TestFiles.REAL_SAMPLE, dir), dir.resolve("real"))) {
      List<Call> calls = calls(real);
      assertThat(calls).hasSizeGreaterThan(20);
      for (Call call : calls) {
        assertMatches(call, send(real, call));
      }
    }
  }

  @Test
  void unknownIdsAnswerANotFoundProblemThatMatchesItsSchema() {
    Map<String, String> unknown = Map.ofEntries(
        Map.entry("/api/v1/substance-groups/{id}", "/api/v1/substance-groups/ID_NOPE"),
        Map.entry("/api/v1/brands/{id}", "/api/v1/brands/ID_NOPE"),
        Map.entry("/api/v1/packs", "/api/v1/packs?ean=0000000000000"),
        Map.entry("/api/v1/packs/{itemNumber}", "/api/v1/packs/999999999"),
        Map.entry("/api/v1/packs/{itemNumber}/interchangeable", "/api/v1/packs/999999999/interchangeable"),
        Map.entry("/api/v1/unit-doses/{id}", "/api/v1/unit-doses/ID_NOPE"),
        Map.entry("/api/v1/atc/{code}", "/api/v1/atc/A99ZZ99"),
        Map.entry("/api/v1/reimbursement", "/api/v1/reimbursement?pack=999999999"),
        Map.entry("/api/v1/alerts", "/api/v1/alerts?brand=ID_NOPE"),
        Map.entry("/api/v1/conditions", "/api/v1/conditions?substanceGroup=ID_NOPE"),
        Map.entry("/api/v1/supplies/tree", "/api/v1/supplies/tree?group=9999999"),
        Map.entry("/api/v1/supplies/{nr}", "/api/v1/supplies/99999999"),
        Map.entry("/api/v1/pharmacies/{gln}", "/api/v1/pharmacies/7350000000009"),
        Map.entry("/api/v1/admin/jobs/{id}", "/api/v1/admin/jobs/999999"),
        Map.entry("/api/docs/{file}", "/api/docs/swagger-ui.js"));
    Set<String> declaring = new TreeSet<>();
    forEachOperation((template, method, operation) -> {
      if (operation.path("responses").has("404")) {
        declaring.add(template);
      }
    });
    declaring.removeIf(template -> template.startsWith("/api/v1/admin/") && !template.endsWith("{id}"));
    assertThat(unknown.keySet()).containsExactlyInAnyOrderElementsOf(declaring);
    unknown.forEach((template, path) -> {
      TestServer.Response response = template.startsWith("/api/v1/admin/") ? bundled.getAsAdmin(path, TOKEN)
          : bundled.get(path);
      assertThat(response.status()).as(path).isEqualTo(404);
      assertMatches(Call.get(template, path), response);
      assertThat(response.json().path("code").asText()).isEqualTo("not-found");
    });
  }

  @Test
  void adminRoutesAnswerAProblemWithoutTheTokenAndWhenAdminIsDisabled() throws IOException {
    List<Call> admin = calls(bundled).stream().filter(Call::admin).toList();
    assertThat(admin).extracting(Call::template).containsAll(describedOperations().stream()
        .filter(op -> op.contains("/admin/")).map(op -> op.substring(op.indexOf(' ') + 1)).toList());
    for (Call call : admin) {
      TestServer.Response response = send(bundled, call.withoutToken());
      assertThat(response.status()).as(call.path()).isEqualTo(401);
      assertMatches(call, response);
    }
    try (TestServer disabled = TestServer.start(TestFiles.copy(TestFiles.REAL_SAMPLE, dir), dir.resolve("no-admin"))) {
      for (Call call : admin) {
        TestServer.Response response = send(disabled, call);
        assertThat(response.status()).as(call.path()).isEqualTo(404);
        assertThat(response.json().path("code").asText()).isEqualTo("admin-disabled");
        assertMatches(call, response);
      }
    }
  }

  @Test
  void everyDeclaredParameterConstraintIsEnforcedWithAProblemNamingTheParameter() {
    Map<String, Call> valid = new ConcurrentHashMap<>();
    for (Call call : calls(bundled)) {
      valid.putIfAbsent(call.method() + " " + call.template(), call);
    }
    List<String> checked = new ArrayList<>();
    forEachOperation((template, method, operation) -> {
      for (JsonNode parameter : operation.path("parameters")) {
        JsonNode resolved = resolve(parameter);
        String name = resolved.path("name").asText();
        String in = resolved.path("in").asText();
        for (String bad : invalidValues(resolved.path("schema"))) {
          Call base = valid.get(method + " " + template);
          String path = "path".equals(in) ? base.template().replace("{" + name + "}", encode(bad)) + query(base.path())
              : withQuery(base.path(), name, bad);
          Call call = base.at(path);
          TestServer.Response response = send(bundled, call);
          String what = method + " " + path;
          int expected = template.startsWith("/api/docs/") ? 404 : 400;
          assertThat(response.status()).as(what + " → " + response.body()).isEqualTo(expected);
          assertMatches(call, response);
          if (expected == 400) {
            assertThat(response.json().path("errors").findValuesAsText("field")).as(what).contains(name);
          }
          checked.add(what);
        }
      }
    });
    assertThat(checked).hasSizeGreaterThan(30);
  }

  // ------------------------------------------------------------------ requests

  /** Valid requests for every described operation, with ids taken from the dataset through the search. */
  private static List<Call> calls(TestServer server) {
    Map<String, List<String>> ids = new java.util.HashMap<>();
    for (String q : List.of("simva", "a", "e", "insulin")) {
      JsonNode hits = server.get("/api/v1/search?q=" + q
          + "&kinds=substance-group,brand,pack,unit-dose,substance,supply,atc&limit=100").json().path("hits");
      for (JsonNode hit : hits) {
        String kind = hit.path("kind").asText();
        String id = hit.has("itemNumber") ? hit.path("itemNumber").asText() : hit.path("id").asText();
        List<String> list = ids.computeIfAbsent(kind, k -> new ArrayList<>());
        if (list.size() < 3 && !list.contains(id)) {
          list.add(id);
        }
      }
    }
    List<Call> calls = new ArrayList<>();
    String v1 = "/api/v1";
    calls.add(Call.get(v1 + "/status", v1 + "/status"));
    calls.add(Call.get(v1 + "/health", v1 + "/health"));
    calls.add(Call.get(v1 + "/health/ready", v1 + "/health/ready"));
    calls.add(Call.get(v1 + "/search", v1 + "/search?q=simva&kinds=substance-group,brand,pack,unit-dose,substance,supply,atc"));
    calls.add(Call.get(v1 + "/search", v1 + "/search?q=a&limit=5&includeUnavailable=true"));
    for (String id : ids.getOrDefault("substance-group", List.of())) {
      calls.add(Call.get(v1 + "/substance-groups/{id}", v1 + "/substance-groups/" + id));
      calls.add(Call.get(v1 + "/reimbursement", v1 + "/reimbursement?substanceGroup=" + id + "&age=40&sex=2"));
      calls.add(Call.get(v1 + "/alerts", v1 + "/alerts?substanceGroup=" + id));
      calls.add(Call.get(v1 + "/conditions", v1 + "/conditions?substanceGroup=" + id + "&role=prescriber&age=12&sex=1"));
    }
    for (String id : ids.getOrDefault("brand", List.of())) {
      calls.add(Call.get(v1 + "/brands/{id}", v1 + "/brands/" + id));
      calls.add(Call.get(v1 + "/alerts", v1 + "/alerts?brand=" + id + "&audience=gp,pharmacy"));
      calls.add(Call.get(v1 + "/conditions", v1 + "/conditions?brand=" + id));
    }
    List<String> packs = ids.getOrDefault("pack", List.of());
    for (String nr : packs) {
      calls.add(Call.get(v1 + "/packs/{itemNumber}", v1 + "/packs/" + nr));
      calls.add(Call.get(v1 + "/packs/{itemNumber}/interchangeable", v1 + "/packs/" + nr + "/interchangeable"));
      calls.add(Call.get(v1 + "/reimbursement", v1 + "/reimbursement?pack=" + nr + "&role=dispenser"));
      calls.add(Call.get(v1 + "/alerts", v1 + "/alerts?pack=" + nr + "&types=1,2,3,4,7"));
      calls.add(Call.get(v1 + "/conditions", v1 + "/conditions?pack=" + nr));
      JsonNode eans = server.get(v1 + "/packs/" + nr).json().path("eans");
      if (eans.size() > 0) {
        calls.add(Call.get(v1 + "/packs", v1 + "/packs?ean=" + eans.get(0).asText()));
      }
    }
    for (String id : ids.getOrDefault("unit-dose", List.of())) {
      calls.add(Call.get(v1 + "/unit-doses/{id}", v1 + "/unit-doses/" + id));
    }
    for (String nr : ids.getOrDefault("supply", List.of())) {
      calls.add(Call.get(v1 + "/supplies/{nr}", v1 + "/supplies/" + nr + "?age=30&sex=1"));
    }
    for (String code : ids.getOrDefault("atc", List.of())) {
      calls.add(Call.get(v1 + "/atc/{code}", v1 + "/atc/" + code));
    }
    calls.add(Call.get(v1 + "/supplies/tree", v1 + "/supplies/tree"));
    calls.add(Call.get(v1 + "/supplies/tree", v1 + "/supplies/tree?goods=false&age=10&sex=2"));
    List<String> items = new ArrayList<>();
    packs.forEach(nr -> items.add("pack:" + nr));
    items.addAll(List.of("pack:100013", "pack:100010", "atc:C10AA01", "atc:ZV80AA01", "brand:nope", "nonsense"));
    calls.add(Call.postJson(v1 + "/interactions/check", json(Map.of("items", items, "minRelevance", "none"))));
    calls.add(Call.postJson(v1 + "/interactions/check",
        json(Map.of("items", List.of("pack:100013", "pack:100010"), "audience", "gp"))));
    calls.add(Call.get(v1 + "/interactions", v1 + "/interactions?q=C10"));
    calls.add(Call.get(v1 + "/interactions", v1 + "/interactions?q=simvastatin&minRelevance=avoid&limit=5&offset=0"));
    calls.add(Call.get(v1 + "/pharmacies", v1 + "/pharmacies?q=apotek&limit=3"));
    calls.add(Call.get(v1 + "/pharmacies", v1 + "/pharmacies?county=01&municipality=80&vet=true"));
    JsonNode pharmacies = server.get(v1 + "/pharmacies?limit=2").json().path("pharmacies");
    for (JsonNode pharmacy : pharmacies) {
      calls.add(Call.get(v1 + "/pharmacies/{gln}", v1 + "/pharmacies/" + pharmacy.path("gln").asText()));
    }
    // the bundled sample and the pharmacy list again: accepted (202), then refused by their jobs as not newer
    calls.add(Call.upload(v1 + "/admin/fest", v1 + "/admin/fest?mode=full", TestFiles.bundledSample()));
    calls.add(Call.upload(v1 + "/admin/pharmacies", v1 + "/admin/pharmacies", pharmacyList));
    calls.add(Call.admin(v1 + "/admin/jobs", v1 + "/admin/jobs"));
    calls.add(Call.admin(v1 + "/admin/jobs/{id}", v1 + "/admin/jobs/1"));
    calls.add(Call.get(v1 + "/openapi.json", v1 + "/openapi.json"));
    calls.add(Call.get("/api/docs", "/api/docs"));
    calls.add(Call.get("/api/docs/{file}", "/api/docs/swagger-ui.css"));
    calls.add(Call.get("/metrics", "/metrics"));
    return calls;
  }

  private static TestServer.Response send(TestServer server, Call call) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + call.path()));
    if (call.admin()) {
      request.header("Authorization", "Bearer " + TOKEN);
    }
    if (call.body() == null) {
      return server.send(request.GET().build());
    }
    return server.send(request.header("Content-Type", call.contentType())
        .method(call.method().toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.ofByteArray(call.body()))
        .build());
  }

  // ------------------------------------------------------------------ checking against the description

  private static void assertMatches(Call call, TestServer.Response response) {
    String what = call.method() + " " + call.path() + " → " + response.status();
    JsonNode operation = spec.path("paths").path(call.template()).path(call.method());
    assertThat(operation.isObject()).as("described: %s %s", call.method(), call.template()).isTrue();
    JsonNode declared = operation.path("responses").path(Integer.toString(response.status()));
    assertThat(declared.isObject()).as("status declared: " + what + " " + response.body()).isTrue();
    String mediaType = response.contentType() == null ? "" : response.contentType().split(";")[0].strip();
    JsonNode content = declared.path("content").path(mediaType);
    assertThat(content.isObject()).as("media type %s declared: %s", mediaType, what).isTrue();
    if (!mediaType.endsWith("json")) {
      return;
    }
    String ref = content.path("schema").path("$ref").asText();
    assertThat(ref).as("JSON bodies are described by a named schema: " + what).startsWith("#/components/schemas/");
    Set<ValidationMessage> errors = schema(ref).validate(response.json());
    assertThat(errors).as(what + "\n" + abbreviate(response.body())).isEmpty();
  }

  private static JsonSchema schema(String ref) {
    return SCHEMAS.computeIfAbsent(ref, r -> FACTORY.getSchema(SchemaLocation.of(SPEC + r), CONFIG));
  }

  private static Set<String> describedOperations() {
    Set<String> described = new TreeSet<>();
    forEachOperation((template, method, operation) -> described.add(method + " " + template));
    return described;
  }

  interface OperationVisitor {
    void visit(String template, String method, JsonNode operation);
  }

  private static void forEachOperation(OperationVisitor visitor) {
    Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue().fields().forEachRemaining(op -> {
        if (METHODS.contains(op.getKey())) {
          visitor.visit(path.getKey(), op.getKey(), op.getValue());
        }
      });
    }
  }

  private static JsonNode resolve(JsonNode node) {
    String ref = node.path("$ref").asText("");
    if (ref.isEmpty()) {
      return node;
    }
    return spec.at(ref.substring(1));
  }

  /** Values that break a parameter's declared constraints. */
  private static List<String> invalidValues(JsonNode schema) {
    Set<String> values = new LinkedHashSet<>();
    String type = schema.path("type").asText();
    if (schema.has("maximum")) {
      values.add(Long.toString(schema.path("maximum").asLong() + 1));
    }
    if (schema.has("minimum")) {
      values.add(Long.toString(schema.path("minimum").asLong() - 1));
    }
    if ("integer".equals(type)) {
      values.add("many");
    }
    if ("boolean".equals(type)) {
      values.add("maybe");
    }
    if (schema.has("enum") && "string".equals(type)) {
      values.add("bogus");
    }
    if (schema.has("pattern")) {
      values.add("x!");
    }
    if (schema.has("maxLength")) {
      values.add("A".repeat(schema.path("maxLength").asInt() + 1));
    }
    if ("date".equals(schema.path("format").asText())) {
      values.add("2026-13-45");
    }
    return new ArrayList<>(values);
  }

  private static String withQuery(String path, String name, String value) {
    String encoded = name + "=" + encode(value);
    String replaced = path.replaceAll("([?&])" + Pattern.quote(name) + "=[^&]*", "$1" + Matcher.quoteReplacement(encoded));
    if (!replaced.equals(path)) {
      return replaced;
    }
    return path + (path.contains("?") ? "&" : "?") + encoded;
  }

  private static String query(String path) {
    int question = path.indexOf('?');
    return question < 0 ? "" : path.substring(question);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String body) {
    return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
  }
}
