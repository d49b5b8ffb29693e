package vn.lamtheo.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged write survives {@code kill -9}: the application runs as a child JVM on the embedded store,
 * takes N writes through the API, is killed with SIGKILL right after the last answer, and is started again on
 * the same data folder, where all N must be found.
 */
class KillNineDurabilityTest {

    static final int WRITES = 25;
    /** Generous: on a loaded two-core machine a Spring Boot start can take minutes. */
    static final Duration STARTUP = Duration.ofMinutes(5);

    final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void acknowledgedWritesSurviveKillDashNine() throws Exception {
        Path dataDir = Path.of("target", "kill9-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(dataDir);

        Process first = start(dataDir, "first");
        ApiClient api = awaitHealthy(first, dataDir, "first");
        String root = "kill9-" + UUID.randomUUID().toString().substring(0, 8);
        Set<String> acknowledged = new HashSet<>();
        for (int i = 0; i < WRITES; i++) {
            String unit = root + "/chi-bo-" + i;
            String rootEntry = i == 0 ? "{\"id\": \"" + root + "\", \"type\": \"DISTRICT\", \"name\": \"Huyện thử\"}," : "";
            HttpResponse<String> answer = api.postJson("/api/admin/import/directory", "admin", """
                    {"units": [%s {"id": "%s", "type": "BRANCH", "name": "Chi bộ %d", "parentId": "%s"}]}
                    """.formatted(rootEntry, unit, i, root));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(ApiClient.json(answer).path("errors").size()).isZero();
            acknowledged.add(unit);
        }
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no store close, no final commit
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        Process second = start(dataDir, "second");
        ApiClient again = awaitHealthy(second, dataDir, "second");
        HttpResponse<String> units = again.get("/api/directory/units", "admin");
        assertThat(units.statusCode()).isEqualTo(200);
        Set<String> found = new HashSet<>();
        for (JsonNode unit : ApiClient.json(units)) {
            found.add(unit.path("id").asText());
        }
        assertThat(found).contains(root).containsAll(acknowledged);
        second.destroy();
        second.waitFor(60, TimeUnit.SECONDS);
    }

    private Process start(Path dataDir, String name) throws IOException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Surefire may pass a manifest-only jar as java.class.path; the JVM follows its Class-Path either way.
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Daxoniq.update-checker.disabled=true", "-cp", classpath, "vn.lamtheo.LamtheoApplication",
                "--server.port=" + port, "--lamtheo.store.data-dir=" + dataDir.resolve("store"), "--lamtheo.store.uri=",
                "--lamtheo.demo=true", "--spring.main.banner-mode=off")
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve(name + ".log").toFile());
        builder.environment().remove("MONGODB_URI");
        Process process = builder.start();
        started.add(process);
        portOf.put(process, port);
        return process;
    }

    private final java.util.Map<Process, Integer> portOf = new java.util.HashMap<>();

    private ApiClient awaitHealthy(Process process, Path dataDir, String name) throws Exception {
        ApiClient api = ApiClient.on(portOf.get(process));
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The application died while starting; see " + dataDir.resolve(name + ".log")
                        + "\n" + tail(dataDir.resolve(name + ".log")));
            }
            try {
                if (api.get("/actuator/health", null).statusCode() == 200) {
                    return api;
                }
            } catch (RuntimeException notYet) {
                // connection refused until Tomcat listens
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The application did not become healthy within " + STARTUP + "\n" + tail(dataDir.resolve(name + ".log")));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join(File.separator.equals("/") ? "\n" : "\r\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
