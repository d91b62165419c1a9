// A real Neo4j 5.26 community server for erg's tests, from Maven Central jars (no Docker).
//
//   java -Xmx1g -cp "$(cat target/classpath.txt)" Launcher.java PORT [PASSWORD [HOME]]
//
// Starts Neo4j with the Bolt connector on 127.0.0.1:PORT and authentication ENABLED (user neo4j,
// the given PASSWORD, at least 8 characters, default "erg-test-password"), prints one line
// `READY bolt://127.0.0.1:PORT` on stdout, and shuts down cleanly when its standard input reaches
// EOF or it gets SIGTERM/SIGINT. If it cannot start it prints `FAILED <reason>` and exits 1.
// HOME is the database directory: kept when given (so a killed server can be restarted on the
// same data), otherwise a temporary directory deleted at shutdown. No HTTP connector is started.
// Memory: the page cache is ERG_NEO4J_PAGECACHE (default 128m); the heap is the JVM's -Xmx.
// ERG_NEO4J_PLUGINS names a directory of procedure jars to load (APOC, see pom.xml).

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class Launcher {
    // Our own handles on fd 1 and 2: Neo4j closes System.out when a failed start shuts it down.
    private static final PrintStream OUT =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true);
    private static final PrintStream ERR =
            new PrintStream(new FileOutputStream(FileDescriptor.err), true);

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            ERR.println("usage: java -cp CLASSPATH Launcher.java PORT [PASSWORD [HOME]]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        String password = args.length > 1 ? args[1] : "erg-test-password";
        if (password.length() < 8) {
            fail("Neo4j needs a password of at least 8 characters", 2);
        }
        boolean temporary = args.length < 3;
        Path home = temporary
                ? Files.createTempDirectory("erg-neo4j-")
                : Paths.get(args[2]).toAbsolutePath();
        Files.createDirectories(home);
        boolean fresh = !Files.exists(home.resolve("data").resolve("databases").resolve("system"));
        long pagecache = parseMegabytes(System.getenv("ERG_NEO4J_PAGECACHE"), 128);

        String plugins = System.getenv("ERG_NEO4J_PLUGINS");

        long started = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
            if (plugins != null && !plugins.isBlank()) {
                // Procedure jars (APOC) are loaded from this directory, as a server would.
                builder.setConfig(GraphDatabaseSettings.plugin_dir, Paths.get(plugins).toAbsolutePath())
                        .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
            }
            dbms = builder
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    // LOAD CSV may not read the machine's files (the image confines it to import/).
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    // Wrong-password tests must not lock the user out of the other tests.
                    .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecache))
                    // Stop in a second rather than ten: Bolt's Netty event loops otherwise wait
                    // out a quiet period, and shutdown waits for open transactions.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout,
                            Duration.ofSeconds(2))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time,
                            Duration.ofSeconds(1))
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout,
                            Duration.ofSeconds(1))
                    .build();
        } catch (RuntimeException e) {
            if (temporary) {
                deleteTree(home);
            }
            fail(rootMessage(e), 1);
            return;
        }

        AtomicBoolean stopped = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                long t0 = System.nanoTime();
                dbms.shutdown();
                if (temporary) {
                    deleteTree(home);
                }
                ERR.printf("erg-neo4j: shut down in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            }
        };
        // SIGTERM and SIGINT run shutdown hooks: the databases are closed cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "erg-neo4j-shutdown"));

        // The system database starts with user neo4j (password "neo4j", change required); set
        // the test password so that drivers log in with it, and wrong passwords are refused.
        if (fresh) {
            try {
                dbms.database("system").executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", password));
            } catch (RuntimeException e) {
                stop.run();
                fail("cannot set the password: " + rootMessage(e), 1);
            }
        }
        ERR.printf("erg-neo4j: started in %.1f s, home %s%n",
                (System.nanoTime() - started) / 1e9, home);
        OUT.println("READY bolt://127.0.0.1:" + port);

        // Run until standard input closes (the test process exited or closed the pipe).
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // input is ignored
            }
        } catch (IOException ignored) {
            // a broken pipe means the parent is gone: stop as on EOF
        }
        stop.run();
        System.exit(0);
    }

    private static void fail(String reason, int code) {
        OUT.println("FAILED " + reason.replace('\n', ' '));
        // halt: Neo4j's non-daemon threads must not keep a failed server alive.
        Runtime.getRuntime().halt(code);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() != null ? cause.getMessage() : cause.toString();
        return e == cause ? message : e.getMessage() + ": " + message;
    }

    private static long parseMegabytes(String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.trim().toLowerCase();
        if (v.endsWith("g")) {
            return Long.parseLong(v.substring(0, v.length() - 1)) * 1024;
        }
        if (v.endsWith("m")) {
            v = v.substring(0, v.length() - 1);
        }
        return Long.parseLong(v);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
