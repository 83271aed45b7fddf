/**
 * {@code /api/audit/verifications}: verifying the trail on demand and listing past runs, for IG officers; nothing here
 * changes an event. Depends on audit, audit.chain, security. Nothing depends on it.
 */
package org.lowshire.portal.audit.api;
