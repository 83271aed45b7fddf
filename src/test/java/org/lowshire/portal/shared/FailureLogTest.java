package org.lowshire.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

class FailureLogTest {

    private static final String ROW_TEXT = "Failing row contains (Markerchild, Purpose text)";

    @Test
    void aConstraintViolationIsDescribedByStateConstraintEntityAndIdsOnly() {
        var sql = new SQLException("ERROR: null value " + ROW_TEXT, "23502");
        var failure = new RuntimeException(
                "wrapped " + ROW_TEXT,
                new ConstraintViolationException(
                        "could not execute " + ROW_TEXT,
                        sql,
                        "insert into portal.person (a, b) values (?, ?)",
                        "person_nn"));
        var written = List.of(
                new WrittenRecords.Written("Person", "person", "11111111-1111-1111-1111-111111111111"),
                new WrittenRecords.Written("Consent", "consent", "22222222-2222-2222-2222-222222222222"));

        String description = FailureLog.describe(failure, written);

        assertEquals(
                "RuntimeException <- ConstraintViolationException <- SQLException; constraint person_nn, SQL state"
                        + " 23502, entity table person id 11111111-1111-1111-1111-111111111111",
                description);
    }

    @Test
    void aNewRecordWhoseIdTheDatabaseGivesIsSaidToBeNew() {
        var failure = new ConstraintViolationException(
                "x", new SQLException("x", "23502"), "insert into portal.request_message (a) values (?)", null);
        assertTrue(FailureLog.describe(failure, List.of(new WrittenRecords.Written("Message", "request_message", null)))
                .endsWith("entity table request_message (a new record: the database gives its id)"));
    }

    @Test
    void hibernateNamingTheEntityIsEnough() {
        var failure = new StaleObjectStateException("org.lowshire.portal.request.InformationRequest", 42L);
        assertTrue(FailureLog.describe(failure, List.of()).contains("entity InformationRequest id 42"));
    }

    @Test
    void theLoggedTraceKeepsClassesAndFramesButNoMessage() {
        var failure = new IllegalStateException(ROW_TEXT, new SQLException(ROW_TEXT, "23514"));
        var out = new StringWriter();
        FailureLog.scrubbed(failure).printStackTrace(new PrintWriter(out));
        String trace = out.toString();
        assertFalse(trace.contains("Markerchild"), trace);
        assertTrue(trace.contains("java.lang.IllegalStateException (message withheld)"));
        assertTrue(trace.contains("Caused by: java.sql.SQLException (message withheld)"));
        assertTrue(trace.contains("FailureLogTest"), "the frames are kept");
    }

    @Test
    void theRouteKeepsWordsAndIdsAndHidesAnythingTyped() {
        assertTrue(FailureLog.isId("3f2c1a9e-0000-4000-8000-00000000abcd"));
        assertTrue(FailureLog.isId("12345"));
        assertFalse(FailureLog.isId("Markerchild"));
        assertEquals("person", FailureLog.tableOf("insert into portal.person (a) values (?)"));
        assertEquals("info_request", FailureLog.tableOf("update portal.info_request set a=? where id=?"));
        assertEquals(null, FailureLog.tableOf("select 1"));
    }
}
