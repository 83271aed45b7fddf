/**
 * Consent records of a person (after HL7 FHIR Consent): kinds, scope, status history, coverage of a disclosure,
 * receipts, and the service that reads, records, corrects and withdraws them. Who may see a person is decided here
 * today ({@link PersonAccess}); that rule is being gathered into the access package. Depends on person, attachment,
 * audit, audit.history, security, shared. The request feature and consent's own web and api packages depend on it.
 */
package org.lowshire.portal.consent;
