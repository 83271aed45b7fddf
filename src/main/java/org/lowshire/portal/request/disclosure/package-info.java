/**
 * The responding side of a request and what a release entails: the responder's service (acknowledge, clarify, respond,
 * approve), the consents a disclosure relied on, flags when such a consent is withdrawn, deferred transparency tasks
 * and consent reports. Depends on access, request, consent, person, lawfulbasis, agency, audit, security, shared. The request
 * web and api packages and home.web depend on it.
 */
package org.lowshire.portal.request.disclosure;
