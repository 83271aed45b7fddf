/**
 * Field-level history of Envers-audited records (revisions stamped with the audit trail's actor), read only: callers
 * check access and audit the view first. Depends on audit. The request and consent features depend on it.
 */
package org.lowshire.portal.audit.history;
