package org.festserver.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.festserver.server.apidoc.ApiDocs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The deployment files cannot rot silently: the Dockerfile (no Docker engine runs where the tests run, so its
 * structure is checked instead of a build), the systemd unit and the Kubernetes manifests in {@code deploy/}, against
 * each other and against the routes the server really has (the OpenAPI description, which OpenApiContractTest ties
 * to the route table).
 */
final class DeploymentFilesTest {
  private static Path root;
  private static Set<String> getRoutes;
  private static List<Map<String, Object>> manifests;

  @BeforeAll
  static void read() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("Dockerfile"))) {
      dir = dir.getParent();
    }
    root = Objects.requireNonNull(dir, "no Dockerfile above the working directory");
    try (InputStream in = DeploymentFilesTest.class.getResourceAsStream(ApiDocs.SPEC_RESOURCE)) {
      JsonNode spec = new ObjectMapper().readTree(in);
      getRoutes = new TreeSet<>();
      spec.path("paths").fields().forEachRemaining(path -> {
        if (path.getValue().has("get")) {
          getRoutes.add(path.getKey());
        }
      });
    }
    manifests = new ArrayList<>();
    for (Path file : kubernetesFiles()) {
      if (file.getFileName().toString().equals("kustomization.yaml")) {
        continue;
      }
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (Object document : yaml().loadAll(reader)) {
          if (document != null) {
            manifests.add(map(document));
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------ Dockerfile

  @Test
  void dockerfileBuildsInAMavenStageAndRunsOnAJreAsANonRootUser() throws IOException {
    List<String> lines = dockerfile();
    List<String> froms = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
    assertThat(froms).as("multi-stage").hasSizeGreaterThanOrEqualTo(2);
    assertThat(froms.get(0)).contains("maven").contains("17");
    assertThat(froms.get(froms.size() - 1)).contains("17-jre");
    List<String> runStage = lines.subList(lines.indexOf(froms.get(froms.size() - 1)), lines.size());
    String user = value(runStage, "USER");
    assertThat(user).isNotBlank().doesNotStartWith("root").doesNotStartWith("0");
    assertThat(runStage).anyMatch(l -> l.startsWith("COPY --from=build ") && l.contains("fest-server.jar"));
    assertThat(value(runStage, "ENTRYPOINT")).contains("java").contains("-jar").contains("fest-server.jar");
    assertThat(value(runStage, "VOLUME")).contains("/data");
    assertThat(String.join("\n", runStage)).contains("FEST_DATA_DIR=/data").contains("MaxRAMPercentage");
  }

  @Test
  void dockerfileFetchesNothingByUrlAndChecksReadinessOnARealRoute() throws IOException {
    List<String> lines = dockerfile();
    assertThat(lines).noneMatch(l -> l.startsWith("ADD ") && l.matches("ADD .*(https?|ftp)://.*"));
    String healthcheck = value(lines, "HEALTHCHECK");
    Matcher path = Pattern.compile("http://127\\.0\\.0\\.1:[^/]+(/[^\" ]+)").matcher(healthcheck);
    assertThat(path.find()).as(healthcheck).isTrue();
    assertThat(getRoutes).contains(path.group(1));
    assertThat(path.group(1)).isEqualTo("/api/v1/health/ready");
    assertThat(Files.readString(root.resolve(".dockerignore"))).contains("**/target/").contains(".git/");
  }

  // ------------------------------------------------------------------ systemd

  @Test
  void systemdUnitIsHardenedAndWritesOnlyItsDataDirectory() throws IOException {
    String unit = Files.readString(root.resolve("deploy/systemd/fest-server.service"));
    assertThat(unit).contains("ProtectSystem=strict").contains("NoNewPrivileges=yes").contains("DynamicUser=yes")
        .contains("ReadWritePaths=/var/lib/fest-server").contains("Environment=FEST_DATA_DIR=/var/lib/fest-server")
        .contains("ExecStart=/usr/bin/java -jar /opt/fest-server/fest-server.jar")
        .doesNotContain("User=root").doesNotContain("\nMemoryDenyWriteExecute=yes");
    // the unit in docs/operations.md is this file, verbatim
    assertThat(Files.readString(root.resolve("docs/operations.md"))).contains(unit.strip());
  }

  // ------------------------------------------------------------------ Kubernetes

  @Test
  void kustomizationListsEveryManifestAndEveryManifestParses() throws IOException {
    Map<String, Object> kustomization;
    try (Reader reader = Files.newBufferedReader(root.resolve("deploy/kubernetes/kustomization.yaml"))) {
      kustomization = map(yaml().load(reader));
    }
    Set<String> files = new TreeSet<>();
    for (Path file : kubernetesFiles()) {
      files.add(file.getFileName().toString());
    }
    files.remove("kustomization.yaml");
    assertThat(new TreeSet<>(list(kustomization.get("resources")).stream().map(String::valueOf).toList()))
        .isEqualTo(files);
    assertThat(manifests).allSatisfy(m -> assertThat(m).containsKeys("apiVersion", "kind", "metadata"));
    assertThat(manifests).extracting(m -> m.get("kind")).contains("Deployment", "Service", "ConfigMap", "CronJob",
        "PersistentVolumeClaim", "PodDisruptionBudget");
  }

  @Test
  void replicasAreThreeWithProbesOnRealRoutesAndTheNamedPort() {
    Map<String, Object> deployment = only("Deployment");
    Map<String, Object> spec = map(deployment.get("spec"));
    assertThat(spec.get("replicas")).isEqualTo(3);
    Map<String, Object> pod = podSpec(deployment);
    Map<String, Object> server = map(list(pod.get("containers")).get(0));
    Map<String, Integer> ports = new LinkedHashMap<>();
    for (Object port : list(server.get("ports"))) {
      ports.put(String.valueOf(map(port).get("name")), (Integer) map(port).get("containerPort"));
    }
    assertThat(ports).containsEntry("http", Integer.parseInt(configMap().get("FEST_PORT")));
    for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
      Map<String, Object> http = map(map(server.get(probe)).get("httpGet"));
      assertThat(getRoutes).as(probe).contains(String.valueOf(http.get("path")));
      assertThat(ports).as(probe).containsKey(String.valueOf(http.get("port")));
    }
    assertThat(map(map(server.get("readinessProbe")).get("httpGet")).get("path")).isEqualTo("/api/v1/health/ready");
    Map<String, Object> annotations = map(map(map(spec.get("template")).get("metadata")).get("annotations"));
    assertThat(getRoutes).contains(String.valueOf(annotations.get("prometheus.io/path")));
    assertThat(annotations.get("prometheus.io/port")).isEqualTo(configMap().get("FEST_PORT"));
  }

  @Test
  void theServiceSelectsTheReplicasAndTargetsTheirNamedPort() {
    Map<String, Object> service = map(only("Service").get("spec"));
    Map<String, Object> deployment = only("Deployment");
    Map<String, Object> labels = map(map(map(map(deployment.get("spec")).get("template")).get("metadata")).get("labels"));
    assertThat(labels).containsAllEntriesOf(map(service.get("selector")));
    assertThat(map(map(deployment.get("spec")).get("selector")).get("matchLabels")).isEqualTo(service.get("selector"));
    assertThat(map(list(service.get("ports")).get(0)).get("targetPort")).isEqualTo("http");
    assertThat(map(only("PodDisruptionBudget").get("spec")).get("selector"))
        .isEqualTo(map(deployment.get("spec")).get("selector"));
  }

  @Test
  void everyContainerRunsAsTheImagesNonRootUserOnAReadOnlyRootWithLimitsAndOneImage() throws IOException {
    String dockerUser = value(dockerfile(), "USER").split(":")[0];
    Set<String> images = new HashSet<>();
    int containers = 0;
    for (Map<String, Object> workload : workloads()) {
      Map<String, Object> pod = podSpec(workload);
      Map<String, Object> podSecurity = map(pod.get("securityContext"));
      assertThat(podSecurity.get("runAsNonRoot")).as(name(workload)).isEqualTo(true);
      assertThat(String.valueOf(podSecurity.get("runAsUser"))).as(name(workload)).isEqualTo(dockerUser);
      Set<String> volumes = new HashSet<>();
      for (Object volume : list(pod.get("volumes"))) {
        volumes.add(String.valueOf(map(volume).get("name")));
      }
      List<Object> all = new ArrayList<>(list(pod.get("initContainers")));
      all.addAll(list(pod.get("containers")));
      for (Object c : all) {
        Map<String, Object> container = map(c);
        String what = name(workload) + "/" + container.get("name");
        Map<String, Object> security = map(container.get("securityContext"));
        assertThat(security.get("readOnlyRootFilesystem")).as(what).isEqualTo(true);
        assertThat(security.get("allowPrivilegeEscalation")).as(what).isEqualTo(false);
        assertThat(list(map(security.get("capabilities")).get("drop"))).as(what).contains("ALL");
        Map<String, Object> resources = map(container.get("resources"));
        assertThat(map(resources.get("requests"))).as(what).containsKeys("cpu", "memory");
        assertThat(map(resources.get("limits"))).as(what).containsKey("memory");
        Set<String> mounts = new HashSet<>();
        for (Object mount : list(container.get("volumeMounts"))) {
          assertThat(volumes).as(what).contains(String.valueOf(map(mount).get("name")));
          mounts.add(String.valueOf(map(mount).get("mountPath")));
        }
        assertThat(mounts).as(what + ": writable /data (or /work) and /tmp on a read-only root").contains("/tmp");
        String image = String.valueOf(container.get("image"));
        assertThat(image).as(what).doesNotEndWith(":latest").matches(".+:[0-9][^:]*");
        images.add(image);
        containers++;
      }
    }
    assertThat(containers).isEqualTo(3);
    assertThat(images).as("one image for replicas, init container and builder").hasSize(1);
  }

  @Test
  void replicasImportTheNewestSnapshotThatTheBuilderExportsToTheSameVolume() {
    Map<String, Object> replicaPod = podSpec(only("Deployment"));
    Map<String, Object> init = map(list(replicaPod.get("initContainers")).get(0));
    assertThat(list(init.get("args"))).containsExactly("snapshot", "import", "/snapshots");
    Map<String, Object> builderPod = podSpec(only("CronJob"));
    String script = String.valueOf(list(map(list(builderPod.get("containers")).get(0)).get("args")).get(0));
    assertThat(script).contains("snapshot export --data-dir /work/data --out \"/snapshots/$name\"")
        .contains("/deployments/fest-server").contains("fest-server/snapshot");
    assertThat(claim(replicaPod, "snapshots")).isEqualTo(claim(builderPod, "snapshots"))
        .isEqualTo(map(only("PersistentVolumeClaim").get("metadata")).get("name"));
    assertThat(map(map(map(map(only("Deployment").get("spec")).get("template")).get("metadata")).get("annotations")))
        .containsKey("fest-server/snapshot");
  }

  // ------------------------------------------------------------------ helpers

  private static List<String> dockerfile() throws IOException {
    // continuation lines joined, comments dropped
    String text = Files.readString(root.resolve("Dockerfile")).replaceAll("\\\\\\n", " ");
    return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  private static String value(List<String> lines, String instruction) {
    return lines.stream().filter(l -> l.startsWith(instruction + " ")).reduce((a, b) -> b)
        .map(l -> l.substring(instruction.length() + 1).strip()).orElse("");
  }

  private static List<Path> kubernetesFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(root.resolve("deploy/kubernetes"), "*.yaml")) {
      stream.forEach(files::add);
    }
    return files;
  }

  private static Yaml yaml() {
    return new Yaml(new SafeConstructor(new LoaderOptions()));
  }

  private static Map<String, Object> only(String kind) {
    List<Map<String, Object>> found = manifests.stream().filter(m -> kind.equals(m.get("kind"))).toList();
    assertThat(found).as(kind).hasSize(1);
    return found.get(0);
  }

  private static List<Map<String, Object>> workloads() {
    return manifests.stream().filter(m -> Set.of("Deployment", "CronJob", "Job", "StatefulSet").contains(m.get("kind")))
        .toList();
  }

  private static Map<String, Object> podSpec(Map<String, Object> workload) {
    Map<String, Object> spec = map(workload.get("spec"));
    if ("CronJob".equals(workload.get("kind"))) {
      spec = map(map(spec.get("jobTemplate")).get("spec"));
    }
    return map(map(spec.get("template")).get("spec"));
  }

  private static Object claim(Map<String, Object> pod, String volume) {
    return list(pod.get("volumes")).stream().map(DeploymentFilesTest::map)
        .filter(v -> volume.equals(v.get("name")))
        .map(v -> map(v.get("persistentVolumeClaim")).get("claimName")).findFirst().orElse(null);
  }

  private static Map<String, String> configMap() {
    Map<String, String> data = new LinkedHashMap<>();
    map(only("ConfigMap").get("data")).forEach((k, v) -> data.put(k, String.valueOf(v)));
    return data;
  }

  private static String name(Map<String, Object> manifest) {
    return manifest.get("kind") + " " + map(manifest.get("metadata")).get("name");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value == null ? Map.of() : (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    return value == null ? List.of() : (List<Object>) value;
  }
}
