/**
 * The information governance pages: audit search and per-person and per-user reports, alerts, chain verification, the
 * IG start page. Depends on audit, audit.alert, audit.chain, user, security, shared, platform.web. Nothing depends on
 * it.
 */
package org.lowshire.portal.audit.web;
