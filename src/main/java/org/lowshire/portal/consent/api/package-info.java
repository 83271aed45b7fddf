/**
 * {@code /api/people/{id}/consents} and {@code /api/consents/{id}}: consents and receipts over REST; {@link
 * org.lowshire.portal.consent.ConsentService} decides who may. Depends on consent, agency, attachment, platform.rest.
 * Nothing depends on it.
 */
package org.lowshire.portal.consent.api;
