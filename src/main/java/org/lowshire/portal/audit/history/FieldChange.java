package org.lowshire.portal.audit.history;

import java.io.Serializable;
import java.time.Instant;

/** One field of one record changed: when, by whom, from what to what. {@code from} is null on creation. */
public record FieldChange(Instant at, String actorUsername, String actorAgency, String field, String from, String to)
        implements Serializable {}
