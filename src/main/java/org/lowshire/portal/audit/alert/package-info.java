/**
 * Unusual-access alerts: the rules that raise them from the trail, their thresholds, and an IG officer's
 * acknowledgement. Depends on audit, security, shared. Only audit.web depends on it.
 */
package org.lowshire.portal.audit.alert;
