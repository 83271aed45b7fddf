/**
 * The one audited choke point ({@link AuditTrail}), refusals as ACCESS_DENIED events, the append-only trail's chaining,
 * verification, retention, search and the Keycloak event import. Depends on audit.chain, security, shared. Every
 * feature that changes or reads a case record depends on it; it depends on no feature.
 */
package org.lowshire.portal.audit;
