package org.lowshire.portal.request.web;

import java.util.Map;
import java.util.Set;

/**
 * The tasks of the "Raise a request" task list, in the order shown, each with the fields it answers. A task is
 * completed when none of its fields is still missing before sending; documents are optional.
 */
public enum DraftTask {
    PEOPLE("people", Set.of("subjects")),
    CONCERN(
            "concern",
            Set.of("concernType", "hsbPosition", "preventionLevel", "purpose", "purposeCategory", "urgency")),
    CHILD("child", Set.of("childViews", "viewsHowObtained", "viewsNotObtained")),
    BASIS("basis", Set.of("art6", "condition", "justification")),
    ASK("ask", Set.of("recipients", "questions")),
    FILES("files", Set.of());

    public enum State {
        COMPLETED,
        INCOMPLETE,
        OPTIONAL
    }

    private final String slug;
    private final Set<String> fields;

    DraftTask(String slug, Set<String> fields) {
        this.slug = slug;
        this.fields = fields;
    }

    public static DraftTask of(String slug) {
        for (DraftTask t : values()) {
            if (t.slug.equals(slug)) {
                return t;
            }
        }
        return null;
    }

    /** The task that answers a field, so a problem found on the check page links to where it is answered. */
    public static DraftTask answering(String field) {
        for (DraftTask t : values()) {
            if (t.answers(field)) {
                return t;
            }
        }
        return CONCERN;
    }

    public boolean answers(String field) {
        return fields.contains(field);
    }

    public State state(Map<String, String> missing) {
        if (fields.isEmpty()) {
            return State.OPTIONAL;
        }
        return missing.keySet().stream().anyMatch(fields::contains) ? State.INCOMPLETE : State.COMPLETED;
    }

    public String getSlug() {
        return slug;
    }

    public String labelKey() {
        return "task." + slug;
    }

    public String hintKey() {
        return "task." + slug + ".hint";
    }
}
