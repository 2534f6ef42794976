package io.clientele.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One packaged production jar as a separate process, as an operator starts it: its port, its folder, its logs. */
final class Jar {
    private final Path dir;
    private final int port;
    private final String host;
    private Process process;
    private Path log;

    Jar(Path dir, String host, int port) {
        this.dir = dir;
        this.host = host;
        this.port = port;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    String base() {
        return "http://" + host + ":" + port;
    }

    int port() {
        return port;
    }

    Path dir() {
        return dir;
    }

    /** The structured log (one ECS object a line). */
    Path json() {
        return dir.resolve("app.json");
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /**
     * Starts the jar with {@code arguments}, its output in {@code logName}, and waits until it answers and its log
     * has {@code ready} (the demo's or first start's line: the data is there).
     */
    void start(String logName, List<String> arguments, String ready) throws Exception {
        Path jar = Path.of(System.getProperty("clientele.jar", "target/clientele.jar"));
        assertTrue(Files.exists(jar), "Packaged jar missing: " + jar);
        log = dir.resolve(logName);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--logging.file.name=" + json(),
                "--logging.structured.format.file=ecs"));
        command.addAll(arguments);
        long started = System.nanoTime();
        process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        waitUntilUp(log, ready);
        System.out.printf(
                "Clientele jar on port %d answered after %.1f s%n", port, (System.nanoTime() - started) / 1e9);
    }

    /**
     * Every thread's stack, the request handlers' virtual threads too, into {@code threads.txt} beside the log: what
     * a stuck request waits for. Answers the file.
     */
    Path threadDump() throws IOException, InterruptedException {
        Path file = dir.resolve("threads-" + System.currentTimeMillis() + ".txt");
        new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(pid()),
                        "Thread.dump_to_file",
                        "-format=text",
                        file.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor();
        return file;
    }

    /**
     * What this node's request threads are busy with in the application (their top frames), as a failure message can
     * carry it: a CI log keeps the message, not the test's output.
     */
    String busyRequestThreads() throws IOException, InterruptedException {
        Path dump = threadDump();
        if (!Files.exists(dump)) {
            return "(no thread dump)";
        }
        StringBuilder busy = new StringBuilder();
        for (String thread : Files.readString(dump).split("\\R\\R")) {
            if (thread.contains("http-nio") && (thread.contains("io.clientele") || thread.contains("com.vaadin"))) {
                thread.lines().limit(16).forEach(l -> busy.append(l).append('\n'));
                busy.append('\n');
            }
        }
        return busy.isEmpty() ? "(no request thread in the application)\n" : busy.toString();
    }

    /**
     * The last warnings and errors in the jar's log, each with the first lines of its stack trace, for a failure
     * message: a CI log keeps the message, not the jar's folder.
     */
    String warnings() {
        List<String> lines;
        try {
            lines = Files.readAllLines(log);
        } catch (IOException e) {
            return "(the log cannot be read: " + e + ")\n";
        }
        java.util.ArrayDeque<String> found = new java.util.ArrayDeque<>();
        int stackLines = 0;
        for (String line : lines) {
            if (line.contains(" WARN ") || line.contains(" ERROR ")) {
                stackLines = 8;
            } else if (stackLines > 0 && !line.isBlank() && !line.matches("^\\d{4}-\\d\\d-\\d\\dT.*")) {
                stackLines--;
            } else {
                stackLines = 0;
                continue;
            }
            found.addLast(line);
            if (found.size() > 80) {
                found.removeFirst();
            }
        }
        return found.isEmpty() ? "(no warning in the log)\n" : String.join("\n", found) + "\n";
    }

    /** SIGKILL, as a power cut or the OOM killer would: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: Spring's graceful shutdown. */
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
        }
    }

    private void waitUntilUp(Path log, String ready) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try {
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Jar exited:\n" + Files.readString(log));
                        }
                        try {
                            HttpResponse<Void> r = http.send(
                                    HttpRequest.newBuilder(URI.create(base() + "/login"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding());
                            return r.statusCode() == 200
                                    && Files.readString(log).contains(ready);
                        } catch (IOException notYet) {
                            return false;
                        }
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new IllegalStateException("Jar did not start in time:\n" + Files.readString(log), e);
        }
    }
}
