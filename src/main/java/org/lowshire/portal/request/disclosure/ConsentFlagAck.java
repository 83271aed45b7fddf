package org.lowshire.portal.request.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One practitioner has read one consent flag. */
@Entity
@Table(name = "consent_flag_ack")
@IdClass(ConsentFlagAck.Key.class)
public class ConsentFlagAck implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "flag_id")
    private long flagId;

    @Id
    private String subject;

    @Column(nullable = false)
    private Instant acknowledgedAt;

    protected ConsentFlagAck() {
        // for JPA
    }

    ConsentFlagAck(long flagId, String subject, Instant now) {
        this.flagId = flagId;
        this.subject = subject;
        this.acknowledgedAt = now;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long flagId;
        private String subject;

        public Key() {
            // for JPA
        }

        public Key(long flagId, String subject) {
            this.flagId = flagId;
            this.subject = subject;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.flagId == flagId && java.util.Objects.equals(k.subject, subject);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(flagId, subject);
        }
    }
}
