/**
 * Unusual-access alerts: the rules that raise them from the trail, their thresholds, and an IG officer's
 * acknowledgement (never of an alert about themselves: access.ReportPolicy). Depends on access, audit, security, shared. Only audit.web depends on it.
 */
package org.lowshire.portal.audit.alert;
