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
import org.lowshire.portal.person.Person;

/** A person a request is about, in the role they play in it. */
@Entity
@Table(name = "request_subject")
public class RequestSubject implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private InformationRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubjectRole role;

    @Column(nullable = false)
    private int position;

    protected RequestSubject() {
        // for JPA
    }

    RequestSubject(InformationRequest request, Person person, SubjectRole role, int position) {
        this.request = request;
        this.person = person;
        this.role = role;
        this.position = position;
    }

    public Person getPerson() {
        return person;
    }

    public SubjectRole getRole() {
        return role;
    }

    public int getPosition() {
        return position;
    }
}
