/**
 * Consent records of a person (after HL7 FHIR Consent): kinds, scope, status history, coverage of a disclosure,
 * receipts, and the service that reads, records, corrects and withdraws them. Who may see a person and which consents
 * is access.PersonPolicy's decision, on the facts {@link PersonAccess} reads. Depends on access, person, attachment,
 * audit, audit.history, security, shared. The request feature and consent's own web and api packages depend on it.
 */
package org.lowshire.portal.consent;
