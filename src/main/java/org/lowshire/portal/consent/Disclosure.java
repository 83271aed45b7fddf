package org.lowshire.portal.consent;

import java.time.LocalDate;
import java.util.Set;

/** What a disclosure is: to whom, for what, which kinds of information, on which day. */
public record Disclosure(String recipientAgency, SharingPurpose purpose, Set<DataCategory> categories, LocalDate on) {}
