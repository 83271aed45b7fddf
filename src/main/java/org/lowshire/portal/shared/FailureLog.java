package org.lowshire.portal.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.JDBCException;
import org.hibernate.UnresolvableObjectException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * The one way an unexpected failure is logged: once, with the correlation id the user was shown, the request's
 * method and route, the entity and the id being written, and the database's SQL state and constraint, but none of
 * the exceptions' messages. Messages are where case content leaks (a driver quoting the failing row, a parser quoting
 * what was typed), so the logged stack trace keeps each exception's class and frames and drops its text.
 */
public final class FailureLog {

    private static final Pattern TABLE = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+([\\w.\"]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,40}");
    private static final Pattern ID_SEGMENT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\\d{1,19}");

    private FailureLog() {}

    /** Logs {@code failure} as unexpected, for the request being answered. */
    public static void unexpected(Logger log, String where, HttpServletRequest request, Throwable failure) {
        String route = request == null ? "" : " " + request.getMethod() + " " + route(request);
        log.errorf(
                scrubbed(failure),
                "Unexpected error in %s%s (correlation id %s): %s",
                where,
                route,
                request == null ? "none" : Correlation.of(request),
                describe(failure, WrittenRecords.recent()));
        WrittenRecords.forget();
    }

    /** Logs a background job's failure the same way: what ran, and what failed, without any message. */
    public static void job(Logger log, String job, Throwable failure) {
        log.errorf(scrubbed(failure), "Unexpected error in %s: %s", job, describe(failure, WrittenRecords.recent()));
        WrittenRecords.forget();
    }

    /**
     * The request's path with every segment that is neither a plain word nor an id replaced by {@code …}, and the
     * {@code id}-like query parameters that are ids: enough to find the record, nothing that was typed.
     */
    static String route(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        var out = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (out.length() > 0 || !segment.isEmpty()) {
                out.append('/');
            }
            out.append(segment.isEmpty() || SAFE_SEGMENT.matcher(segment).matches() || isId(segment) ? segment : "…");
        }
        for (String name : new String[] {"id", "person", "part"}) {
            String value = request.getParameter(name);
            if (value != null && isId(value)) {
                out.append(out.indexOf("?") < 0 ? '?' : '&')
                        .append(name)
                        .append('=')
                        .append(value);
            }
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    static boolean isId(String text) {
        return ID_SEGMENT.matcher(text).matches();
    }

    /**
     * What failed, in words that carry no content: the exceptions' classes, the SQL state and constraint, and the
     * entity and id of the write that failed (from Hibernate when it names them, else the records this thread was
     * writing to the table the failing statement names).
     */
    static String describe(Throwable failure, List<WrittenRecords.Written> written) {
        List<String> classes = new ArrayList<>();
        Set<String> facts = new LinkedHashSet<>();
        String table = null;
        for (Throwable t = failure; t != null && classes.size() < 12; t = t.getCause()) {
            classes.add(t.getClass().getSimpleName());
            if (t instanceof org.hibernate.StaleObjectStateException so) {
                facts.add("entity " + simple(so.getEntityName()) + " id " + so.getIdentifier());
            } else if (t instanceof UnresolvableObjectException missing) {
                facts.add("entity " + simple(missing.getEntityName()) + " id " + missing.getIdentifier());
            }
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                facts.add("constraint " + safeWord(violation.getConstraintName()));
            }
            if (t instanceof JDBCException jdbc && table == null) {
                table = tableOf(jdbc.getSQL());
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                facts.add("SQL state " + safeWord(sql.getSQLState()));
            }
        }
        if (table != null) {
            String entity = WrittenRecords.entityOf(table);
            facts.add("entity " + (entity == null ? "table " + table : entity) + idsOf(written, table));
        } else if (!written.isEmpty() && facts.stream().noneMatch(f -> f.startsWith("entity "))) {
            var last = written.get(written.size() - 1);
            facts.add("entity " + last.entity() + " id " + last.id() + " (the last record written)");
        }
        return String.join(" <- ", classes) + (facts.isEmpty() ? "" : "; " + String.join(", ", facts));
    }

    private static String idsOf(List<WrittenRecords.Written> written, String table) {
        List<String> ids = new ArrayList<>();
        boolean unnumbered = false;
        for (var w : written) {
            if (table.equals(w.table())) {
                if (w.id() == null) {
                    unnumbered = true;
                } else if (!ids.contains(w.id())) {
                    ids.add(w.id());
                }
            }
        }
        if (ids.isEmpty()) {
            return unnumbered ? " (a new record: the database gives its id)" : "";
        }
        List<String> shown = ids.subList(Math.max(0, ids.size() - 5), ids.size());
        return (shown.size() == 1 ? " id " : " ids ") + String.join(" ", shown);
    }

    static String tableOf(String sql) {
        if (sql == null) {
            return null;
        }
        Matcher m = TABLE.matcher(sql);
        return m.find() ? WrittenRecords.bareTable(m.group(1)) : null;
    }

    private static String safeWord(String text) {
        return text.replaceAll("[^A-Za-z0-9_.-]", "").toLowerCase(Locale.ROOT);
    }

    private static String simple(String entityName) {
        return entityName == null ? "?" : entityName.substring(entityName.lastIndexOf('.') + 1);
    }

    /** A copy of the chain with each exception's class and stack frames, and no message. */
    static Throwable scrubbed(Throwable failure) {
        return scrubbed(failure, 0);
    }

    private static Throwable scrubbed(Throwable t, int depth) {
        if (t == null || depth > 12) {
            return null;
        }
        var copy = new Withheld(t.getClass().getName(), scrubbed(t.getCause(), depth + 1));
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    /** Stands in for a logged exception: its class name, frames and cause, its message withheld. */
    static final class Withheld extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String className;

        Withheld(String className, Throwable cause) {
            super("(message withheld)", cause, false, true);
            this.className = className;
        }

        @Override
        public String toString() {
            return className + " (message withheld)";
        }
    }
}
