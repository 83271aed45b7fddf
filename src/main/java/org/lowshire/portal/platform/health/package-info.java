/**
 * MicroProfile readiness checks: the database role and Keycloak's discovery document. Depends on security. Nothing
 * depends on it.
 */
package org.lowshire.portal.platform.health;
