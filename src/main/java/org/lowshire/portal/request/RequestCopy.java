package org.lowshire.portal.request;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.lowshire.portal.shared.LabelledPdf;
import org.lowshire.portal.shared.LabelledPdf.Row;
import org.lowshire.portal.shared.Texts;

/**
 * A copy of a request as sent, as a PDF the requester can keep (the GOV.UK confirmation page's "a way to keep a
 * record"): marked with its handling marking top and bottom; reference, who asked whom by when, the concern, the
 * child's voice, the people, the questions and the lawful basis. No responses. Pure: the caller has checked access
 * and recorded the EXPORT.
 */
public final class RequestCopy {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm").withZone(UK);

    private RequestCopy() {}

    public static byte[] pdf(VisibleRequest v, UnaryOperator<String> agencyName, String producedFor, Instant now) {
        var r = v.getRequest();
        String marking = Texts.text(r.getMarking().labelKey());
        return LabelledPdf.write(
                marking,
                Texts.text("copy.title").replace("{0}", r.getReference()),
                Texts.text("copy.lead").replace("{0}", marking),
                rows(v, agencyName),
                Texts.text("copy.produced").replace("{0}", TIME.format(now)).replace("{1}", producedFor));
    }

    static List<Row> rows(VisibleRequest v, UnaryOperator<String> agencyName) {
        var r = v.getRequest();
        var d = r.details();
        List<Row> rows = new ArrayList<>();
        rows.add(row("copy.reference", r.getReference()));
        rows.add(row("copy.status", Texts.text(v.getStatus().labelKey())));
        rows.add(row("copy.from", r.getRequesterName() + ", " + agencyName.apply(r.getRequesterAgency())));
        rows.add(row(
                "copy.sent",
                r.getSubmittedAt() == null ? Texts.text("check.notProvided") : TIME.format(r.getSubmittedAt())));
        rows.add(Row.heading(Texts.text("copy.asked")));
        v.getParts().stream()
                .map(VisibleRequest.Part::ask)
                .forEach(a -> rows.add(new Row(
                        agencyName.apply(a.getAgencyCode()),
                        a.getDueAt() == null
                                ? ""
                                : Texts.text("sent.dueBy").replace("{0}", TIME.format(a.getDueAt())))));
        rows.add(Row.heading(Texts.text("task.concern")));
        rows.add(row(
                "draft.concernType",
                label(d.concernType() == null ? null : d.concernType().labelKey())
                        + (d.hsbPosition() == null
                                ? ""
                                : " – " + Texts.text(d.hsbPosition().labelKey()))));
        rows.add(row(
                "draft.preventionLevel",
                label(d.preventionLevel() == null ? null : d.preventionLevel().labelKey())));
        rows.add(row("draft.purpose", d.purpose()));
        rows.add(row(
                "draft.purposeCategory",
                label(d.purposeCategory() == null ? null : d.purposeCategory().labelKey())));
        rows.add(row(
                "draft.urgency", label(d.urgency() == null ? null : d.urgency().labelKey())));
        rows.add(Row.heading(Texts.text("task.child")));
        rows.add(row("draft.childViews", d.childViews()));
        rows.add(row("draft.viewsHowObtained", d.viewsHowObtained()));
        rows.add(row("draft.viewsNotObtained", d.viewsNotObtained()));
        rows.add(row(
                "draft.vulnerabilities",
                labels(d.vulnerabilities().stream().map(Vulnerability::labelKey).toList())));
        rows.add(row("draft.identitiesToProtect", d.identitiesToProtect()));
        rows.add(Row.heading(Texts.text("view.people")));
        r.getSubjects()
                .forEach(s -> rows.add(new Row(
                        Texts.text(s.getRole().labelKey()),
                        s.getPerson().getDisplayName()
                                + (s.getPerson().getDateOfBirth() == null
                                        ? ""
                                        : ", " + DATE.format(s.getPerson().getDateOfBirth())))));
        rows.add(Row.heading(Texts.text("draft.questions")));
        r.getQuestions().forEach(q -> rows.add(new Row(Integer.toString(q.getPosition()), q.getText())));
        rows.add(Row.heading(Texts.text("task.basis")));
        var basis = d.lawfulBasis();
        rows.add(row(
                "draft.art6",
                labels(basis.getBases().stream().map(b -> b.labelKey()).toList())));
        rows.add(row(
                "draft.condition",
                label(basis.getCondition() == null ? null : basis.getCondition().labelKey())));
        rows.add(row("draft.justification", basis.getJustification()));
        return rows;
    }

    private static Row row(String key, String value) {
        return new Row(Texts.text(key), value == null || value.isBlank() ? Texts.text("check.notProvided") : value);
    }

    private static String label(String key) {
        return key == null ? null : Texts.text(key);
    }

    private static String labels(Collection<String> keys) {
        return keys.stream().map(Texts::text).collect(Collectors.joining("; "));
    }
}
