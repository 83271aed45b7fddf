/**
 * Sessions and signing out: OIDC back-channel logout, the registry of sessions per Keycloak session, RP-initiated
 * logout and the keep-alive. Depends on security. Only user.web depends on it, to register sessions.
 */
package org.lowshire.portal.security.web;
