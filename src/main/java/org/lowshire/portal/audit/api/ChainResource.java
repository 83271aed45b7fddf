package org.lowshire.portal.audit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import org.lowshire.portal.audit.AuditChainControl;
import org.lowshire.portal.audit.AuditChainGuard;
import org.lowshire.portal.shared.Texts;

/**
 * {@code /api/audit/chain}: whether chaining is halted; {@code GET head} the latest signed head as a small file to keep
 * outside the portal; {@code POST head-checks} with such a file as the body checks it against today's chain (an
 * unreadable file is a 400 problem); {@code POST resumption} lifts a halt. IG officers only; each call is audited.
 */
@Path("/audit/chain")
@RolesAllowed("ig-officer")
@Produces(MediaType.APPLICATION_JSON)
public class ChainResource {

    @Inject
    AuditChainControl control;

    @Inject
    AuditChainGuard guard;

    public record Status(boolean halted, Instant since, Long anchoredSeq, Long firstBadSeq, String reason) {}

    public record CheckView(boolean stillInChain, long seq, long chainHead, String outcome, long at, String message) {}

    public record Resumption(Boolean acceptBreak, String note) {}

    @GET
    public Status status() {
        var halt = guard.getHalt();
        return halt == null
                ? new Status(false, null, null, null, null)
                : new Status(true, halt.at(), halt.anchoredSeq(), halt.firstBadSeq(), halt.reason());
    }

    @GET
    @Path("/head")
    @Produces(MediaType.TEXT_PLAIN)
    public Response head() {
        var file = control.head();
        return Response.ok(file.content(), MediaType.TEXT_PLAIN_TYPE.withCharset("US-ASCII"))
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The body is the head file as saved, whatever type the client sends it as. */
    @POST
    @Path("/head-checks")
    public CheckView check(byte[] file) {
        var c = control.check(file);
        String message = new MessageFormat(Texts.text(AuditChainControl.messageKey(c)), Locale.UK)
                .format(new Object[] {Long.toString(c.seq()), Long.toString(c.at()), Long.toString(c.chainHead())});
        return new CheckView(c.stillInChain(), c.seq(), c.chainHead(), c.outcome(), c.at(), message);
    }

    @POST
    @Path("/resumption")
    public Status resume(Resumption body) {
        control.resume(body != null && Boolean.TRUE.equals(body.acceptBreak()), body == null ? null : body.note());
        return status();
    }
}
