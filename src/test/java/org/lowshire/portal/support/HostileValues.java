package org.lowshire.portal.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an attacker, a careless paste or another alphabet types into a field, by name. Every value must be stored and
 * read back exactly (after the usual strip) or refused with a message by its field, and never give a 5xx or run.
 */
public final class HostileValues {

    /** Set by the pages' hostile values if any ever runs as script (the UI tests hook {@code alert} too). */
    public static final String SCRIPT_MARKER = "window.__hostileRan";

    private HostileValues() {}

    /** Text for free-text fields; {@code max} is the field's limit, tried at it and one over it. */
    public static Map<String, String> text(int max) {
        var values = new LinkedHashMap<String, String>();
        values.put("script tag", "<script>alert(1);" + SCRIPT_MARKER + "=1</script>");
        values.put("attribute break-out", "\"><img src=x onerror=\"alert(2);" + SCRIPT_MARKER + "=1\">");
        values.put("sql", "'; drop table x;-- ' OR '1'='1");
        values.put("formula =", "=HYPERLINK(\"http://evil.example\",\"open\")");
        values.put("formula + - @", "+1 -2 @SUM(A1)");
        values.put("json and sql metacharacters", "{\"a\":[1,\"\\\\\"]} % _ \\ ; ` $ ${x} #{x}");
        values.put("emoji", "Child 🧒🏽 said 👍");
        values.put("right-to-left override", "report\u202Efdp.exe");
        values.put("combining marks", "Zoe\u0308 Ame\u0301lie\u0301\u0301");
        values.put("astral plane", "𝕃𝕠𝕨𝕤𝕙𝕚𝕣𝕖 𐍈");
        values.put("at the limit", "x".repeat(max));
        values.put("one over the limit", "y".repeat(max + 1));
        values.put("very long", "z".repeat(Math.max(100_000, max * 10)));
        return values;
    }

    /** Whether the value is over the field's limit (then it must be refused). */
    public static boolean overLimit(String value, int max) {
        return value.strip().length() > max;
    }

    /** Ids that are not ids: traversal, NUL, overflow, negative, script, SQL, unicode, huge, empty. */
    public static List<String> ids() {
        var ids = new ArrayList<String>();
        ids.add("..%2F..%2Fetc%2Fpasswd");
        ids.add("%2E%2E%2F");
        ids.add("99999999999999999999");
        ids.add("-1");
        ids.add("0");
        ids.add("%27%20or%201%3D1--");
        ids.add("%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        ids.add("%F0%9F%98%80");
        ids.add("%E2%80%AEdi");
        ids.add("a".repeat(3000));
        return ids;
    }
}
