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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.shared.InvalidInput;
import org.lowshire.portal.shared.TextLimits;

/** The answer to one itemised question in a response; empty when that question is not answered. */
@Entity
@Table(name = "response_answer")
public class Answer implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX = TextLimits.DECISION_TEXT;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id")
    private AgencyResponse response;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(length = MAX)
    private String text;

    protected Answer() {
        // for JPA
    }

    Answer(AgencyResponse response, Question question, String text) {
        this.response = response;
        this.question = question;
        this.text = org.lowshire.portal.shared.TextInput.optional(text);
    }

    /** The answer text per question, by question number; all are needed to share in full. */
    static Map<Question, String> collect(
            List<Question> questions, Map<Integer, String> byPosition, ResponseOutcome outcome) {
        var answers = new LinkedHashMap<Question, String>();
        for (Question q : questions) {
            String text = byPosition.get(q.getPosition());
            if (text != null && text.length() > MAX) {
                throw new InvalidInput(Map.of("answer" + q.getPosition(), "response.error.answerTooLong"));
            }
            answers.put(q, text);
        }
        if (outcome == ResponseOutcome.SHARE_IN_FULL
                && answers.values().stream().anyMatch(t -> t == null || t.isBlank())) {
            throw new InvalidInput(Map.of("answers", "response.error.answersMissing"));
        }
        return answers;
    }

    public Question getQuestion() {
        return question;
    }

    public String getText() {
        return text;
    }
}
