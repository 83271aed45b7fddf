package org.lowshire.portal.access;

import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The routes the code itself declares that may touch a record: every JAX-RS resource method (by reflection over the
 * compiled main classes, test-only packages excluded), every page that takes a view parameter (a record id, a person, a user or an agency code), and
 * every {@code @WebServlet} that reads an {@code id} parameter or sends a download (seen in its compiled constant
 * pool). Keys are
 * {@code "GET /api/requests/{id}"}, {@code "PAGE /requests/view.xhtml"} and {@code "GET /requests/copy"}.
 */
final class Routes {

    private static final String BASE = "org.lowshire.portal";
    private static final Set<String> TEST_ONLY = Set.of(BASE + ".support", BASE + ".devstack");

    private Routes() {}

    static Set<String> discovered(java.nio.file.Path projectDir) {
        var routes = new TreeSet<String>();
        java.nio.file.Path classes = mainClasses();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.startsWith(BASE + ".") || TEST_ONLY.stream().anyMatch(p -> name.startsWith(p + "."))) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, Routes.class.getClassLoader());
                Path classPath = type.getAnnotation(Path.class);
                if (classPath != null) {
                    resourceMethods(type, classPath.value(), routes);
                }
                WebServlet servlet = type.getAnnotation(WebServlet.class);
                if (servlet != null && servesARecord(file)) {
                    for (String url : servlet.value().length > 0 ? servlet.value() : servlet.urlPatterns()) {
                        routes.add("GET " + url);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        java.nio.file.Path webapp = projectDir.resolve("src/main/webapp");
        try (Stream<java.nio.file.Path> pages = Files.walk(webapp)) {
            for (var page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                if (Files.readString(page).contains("<f:viewParam name=")) {
                    routes.add("PAGE /" + webapp.relativize(page).toString().replace('\\', '/'));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return routes;
    }

    private static java.nio.file.Path mainClasses() {
        try {
            return java.nio.file.Path.of(RequestPolicy.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void resourceMethods(Class<?> type, String classPath, Set<String> routes) {
        for (Method m : type.getDeclaredMethods()) {
            String verb = m.isAnnotationPresent(GET.class)
                    ? "GET"
                    : m.isAnnotationPresent(POST.class)
                            ? "POST"
                            : m.isAnnotationPresent(PUT.class)
                                    ? "PUT"
                                    : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
            if (verb == null) {
                continue;
            }
            Path sub = m.getAnnotation(Path.class);
            routes.add(verb + " " + join("/api", classPath, sub == null ? "" : sub.value()));
        }
    }

    private static String join(String... parts) {
        var b = new StringBuilder();
        for (String p : parts) {
            String trimmed = p.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                b.append('/').append(trimmed);
            }
        }
        return b.toString();
    }

    /** Whether the class calls {@code getParameter} and holds the string constant {@code "id"}. */
    private static final String DOWNLOADS =
            org.lowshire.portal.platform.web.Downloads.class.getName().replace('.', '/');

    /** A servlet reads a record's {@code id} parameter, or sends a download (a file, a PDF, the chain's head). */
    static boolean servesARecord(java.nio.file.Path classFile) throws IOException {
        try (InputStream raw = Files.newInputStream(classFile);
                var in = new DataInputStream(raw)) {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            Set<Integer> strings = new HashSet<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 8 -> strings.add(in.readUnsignedShort());
                    case 7, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++;
                    }
                    default -> throw new IOException("Unknown constant pool tag " + tag + " in " + classFile);
                }
            }
            var names = java.util.Arrays.asList(utf8);
            boolean readsId = names.contains("getParameter") && strings.stream().anyMatch(i -> "id".equals(utf8[i]));
            return readsId || names.contains(DOWNLOADS);
        }
    }
}
