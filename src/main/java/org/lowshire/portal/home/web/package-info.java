/**
 * The home page: what needs the user's attention (consent flags, deferred transparency decisions), who they are and
 * which sections their roles open. Depends on request.disclosure, agency, security. Nothing depends on it.
 */
package org.lowshire.portal.home.web;
