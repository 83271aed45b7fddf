package org.lowshire.portal.audit.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision: a transaction that changed audited records, and the person (or process) who made it. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionActorListener.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
    @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 50)
    @RevisionNumber
    @Column(name = "rev")
    private long rev;

    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    private long timestamp;

    @Column(name = "actor_subject")
    private String actorSubject;

    @Column(name = "actor_username")
    private String actorUsername;

    @Column(name = "actor_agency")
    private String actorAgency;

    public long getRev() {
        return rev;
    }

    public long getTimestamp() {
        return timestamp;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getActorAgency() {
        return actorAgency;
    }

    void actor(String subject, String username, String agency) {
        this.actorSubject = subject;
        this.actorUsername = username;
        this.actorAgency = agency;
    }
}
