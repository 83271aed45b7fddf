package org.lowshire.portal.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lowshire.portal.security.UserIdentity;
import org.lowshire.portal.shared.TextLimits;

/** A message in the clarification thread between the requester and one responding agency. Never edited. */
@Entity
@Table(name = "request_message")
public class Message implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX = TextLimits.DECISION_TEXT;

    /** The text of a clarification question or answer: required, stripped, at most {@link #MAX} characters. */
    static String text(String text) {
        return org.lowshire.portal.shared.TextInput.required(text, "message", "request.error.messageMissing", MAX);
    }

    public enum Kind {
        CLARIFICATION_QUESTION,
        CLARIFICATION_ANSWER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private InformationRequest request;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ask_id")
    private Ask ask;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String authorSubject;

    @Column(nullable = false)
    private String authorName;

    @Column(nullable = false)
    private String authorAgency;

    @Column(nullable = false, length = MAX)
    private String body;

    @Column(nullable = false)
    private Instant sentAt;

    protected Message() {
        // for JPA
    }

    Message(Ask ask, Kind kind, UserIdentity author, String body, Instant at) {
        this.request = ask.getRequest();
        this.ask = ask;
        this.kind = kind;
        this.authorSubject = author.subject();
        this.authorName = author.displayName();
        this.authorAgency = author.agencyCode();
        this.body = body;
        this.sentAt = at;
    }

    public Kind getKind() {
        return kind;
    }

    public String getAgencyCode() {
        return ask.getAgencyCode();
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorAgency() {
        return authorAgency;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
