package org.lowshire.portal.consent;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.lowshire.portal.shared.LabelledPdf;
import org.lowshire.portal.shared.Texts;

/**
 * A consent receipt as a PDF, with the fields of the Kantara Initiative Consent Receipt Specification (v1.1) that
 * apply: receipt id and version, jurisdiction, timestamp, collection method, the person (PII principal), the
 * controller, purposes, data categories, recipients (third-party disclosure), sensitivity, duration and how to
 * withdraw. Pure: the caller has checked access and recorded the EXPORT.
 */
public final class ConsentReceipt {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z").withZone(ZoneId.of("Europe/London"));

    private ConsentReceipt() {}

    /** @param agencyName agency code to its name */
    public static byte[] pdf(Consent c, UnaryOperator<String> agencyName) {
        return LabelledPdf.write(
                null,
                Texts.text("receipt.title"),
                Texts.text("receipt.lead"),
                rows(c, agencyName).stream()
                        .map(r -> new LabelledPdf.Row(r[0], r[1]))
                        .toList(),
                Texts.text("receipt.withdraw"));
    }

    static List<String[]> rows(Consent c, UnaryOperator<String> agencyName) {
        var p = c.getPerson();
        var s = c.getScope();
        List<String[]> rows = new ArrayList<>();
        rows.add(row("receipt.version", Texts.text("receipt.version.value")));
        rows.add(row("receipt.id", c.getUuid()));
        rows.add(row("receipt.jurisdiction", Texts.text("receipt.jurisdiction.value")));
        rows.add(row("receipt.language", "en-GB"));
        rows.add(row(
                "receipt.timestamp",
                DATE.format(c.getStatusOn()) + " (" + Texts.text("receipt.recorded") + " "
                        + TIME.format(c.getRecordedAt()) + ")"));
        rows.add(row("receipt.kind", Texts.text(c.getKind().labelKey())));
        rows.add(row(
                "receipt.status",
                Texts.text(c.getStatus().labelKey())
                        + (c.getStatus() == ConsentStatus.WITHDRAWN ? " " + DATE.format(c.getStatusOn()) : "")));
        rows.add(row(
                "receipt.method",
                c.getMethod() == null
                        ? ""
                        : Texts.text(c.getMethod().labelKey())
                                + (c.getDocumentReference() == null ? "" : " – " + c.getDocumentReference())));
        rows.add(row(
                "receipt.principal",
                p.getDisplayName() + (p.getDateOfBirth() == null ? "" : ", " + DATE.format(p.getDateOfBirth()))));
        rows.add(row(
                "receipt.givenBy",
                c.getGivenBy() == null
                        ? ""
                        : Texts.text(c.getGivenBy().labelKey())
                                + (c.getGiverName() == null ? "" : ": " + c.getGiverName())
                                + (c.getGiverRelationship() == null ? "" : " (" + c.getGiverRelationship() + ")")));
        rows.add(row(
                "receipt.controller",
                agencyName.apply(c.getRecordedByAgency()) + " – " + Texts.text("receipt.controller.contact")));
        rows.add(row(
                "receipt.purposes",
                s.getPurposes().stream().map(x -> Texts.text(x.labelKey())).collect(Collectors.joining("; "))));
        rows.add(row(
                "receipt.categories",
                s.getCategories().stream().map(x -> Texts.text(x.labelKey())).collect(Collectors.joining("; "))));
        rows.add(row(
                "receipt.recipients",
                s.isAllAgencies()
                        ? Texts.text("consent.allAgencies")
                        : s.getAgencies().stream().map(agencyName).collect(Collectors.joining("; "))));
        rows.add(row("receipt.sensitive", Texts.text("receipt.sensitive.value")));
        rows.add(row(
                "receipt.termination",
                c.getExpiresOn() == null ? Texts.text("receipt.untilWithdrawn") : DATE.format(c.getExpiresOn())));
        rows.add(row("receipt.recordedBy", c.getRecordedByName()));
        return rows;
    }

    private static String[] row(String key, String value) {
        return new String[] {Texts.text(key), value == null ? "" : value};
    }
}
