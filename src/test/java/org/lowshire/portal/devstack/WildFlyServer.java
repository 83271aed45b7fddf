package org.lowshire.portal.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The provisioned WildFly with the portal WAR, on its own base directory so the installation stays pristine. */
final class WildFlyServer implements AutoCloseable {

    private final ManagedProcess process;

    private WildFlyServer(ManagedProcess process) {
        this.process = process;
    }

    static WildFlyServer start(Path home, Path baseDir, Path war, Map<String, String> env, int managementPort, Path log)
            throws IOException {
        return start(home, baseDir, war, env, 0, managementPort, log);
    }

    /** As {@link #start(Path, Path, Path, Map, int, Path)}, every port shifted by {@code portOffset}. */
    static WildFlyServer start(
            Path home, Path baseDir, Path war, Map<String, String> env, int portOffset, int managementPort, Path log)
            throws IOException {
        prepareBaseDir(home, baseDir, war);
        var command = List.of(
                home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + portOffset);
        var allEnv = new java.util.HashMap<>(env);
        allEnv.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        allEnv.put("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true");
        var process = ManagedProcess.start("WildFly", command, home, allEnv, log);
        var server = new WildFlyServer(process);
        try {
            Path failedMarker = baseDir.resolve("deployments/portal.war.failed");
            process.awaitHttpOk(
                    "http://127.0.0.1:" + managementPort + "/health/ready",
                    Duration.ofSeconds(240),
                    () -> Files.exists(failedMarker));
        } catch (IllegalStateException e) {
            process.close();
            if (Files.exists(baseDir.resolve("deployments/portal.war.failed"))) {
                throw new IllegalStateException("The portal failed to deploy; see " + log, e);
            }
            throw e;
        }
        return server;
    }

    /** Fresh configuration from the provisioned server each start; the WAR deployed by the scanner. */
    private static void prepareBaseDir(Path home, Path baseDir, Path war) throws IOException {
        Path configuration = baseDir.resolve("configuration");
        deleteTree(configuration);
        deleteTree(baseDir.resolve("deployments"));
        deleteTree(baseDir.resolve("tmp"));
        Files.createDirectories(baseDir.resolve("deployments"));
        try (Stream<Path> files = Files.walk(home.resolve("standalone/configuration"))) {
            for (Path source : files.toList()) {
                Path target = configuration.resolve(home.resolve("standalone/configuration")
                        .relativize(source)
                        .toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.copy(war, baseDir.resolve("deployments/portal.war"), StandardCopyOption.REPLACE_EXISTING);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** SIGKILL, as a crash: the server gets no chance to finish anything. */
    void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.close();
    }
}
