/**
 * Administration of reference data: each agency's approval policy ({@link AgencySettings}), every change audited and
 * every refusal recorded. Depends on agency, audit, security, shared. Only its own web and api packages depend on it.
 */
package org.lowshire.portal.admin;
