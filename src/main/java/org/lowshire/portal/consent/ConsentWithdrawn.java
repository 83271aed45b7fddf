package org.lowshire.portal.consent;

import java.time.LocalDate;

/** Fired, inside the withdrawing transaction, so whatever relied on the consent is flagged with it. */
public record ConsentWithdrawn(long consentId, String consentUuid, long personId, LocalDate on) {}
