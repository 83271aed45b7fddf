package org.lowshire.portal.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.lowshire.portal.shared.TextLimits;

/** One itemised question: exactly what is asked, so the answer can be minimal (Caldicott principle 3). */
@Entity
@Table(name = "request_question")
public class Question implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX = TextLimits.TEXT;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private InformationRequest request;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX)
    private String text;

    protected Question() {
        // for JPA
    }

    Question(InformationRequest request, int position, String text) {
        this.request = request;
        this.position = position;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }
}
