/**
 * The cache of people who have signed in, as Keycloak last asserted them, so pages and reports can name them; Keycloak
 * stays the source of truth. Depends on security. user.web and the admin, audit and board pages depend on it.
 */
package org.lowshire.portal.user;
