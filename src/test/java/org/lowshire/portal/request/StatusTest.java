package org.lowshire.portal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every legal and every illegal move, from every state. */
class StatusTest {

    private static Set<Status> legal(Status from) {
        return switch (from) {
            case DRAFT -> EnumSet.of(Status.SUBMITTED, Status.WITHDRAWN);
            case SUBMITTED -> EnumSet.of(Status.ACKNOWLEDGED, Status.WITHDRAWN, Status.CLOSED);
            case ACKNOWLEDGED ->
                EnumSet.of(Status.CLARIFICATION_REQUESTED, Status.RESPONDED, Status.WITHDRAWN, Status.CLOSED);
            case CLARIFICATION_REQUESTED -> EnumSet.of(Status.ACKNOWLEDGED, Status.WITHDRAWN, Status.CLOSED);
            case RESPONDED -> EnumSet.of(Status.CLOSED);
            case CLOSED, WITHDRAWN -> EnumSet.noneOf(Status.class);
        };
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void movesFrom(Status from) {
        for (Status to : Status.values()) {
            assertEquals(legal(from).contains(to), from.canMoveTo(to), from + " -> " + to);
        }
    }
}
