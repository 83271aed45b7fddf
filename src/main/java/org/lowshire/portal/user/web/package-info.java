/**
 * The filter that, on a session's first authenticated request, records the sign-in in the user cache and binds the
 * session to its Keycloak session for back-channel logout. Depends on user, security, security.web. Nothing depends on
 * it.
 */
package org.lowshire.portal.user.web;
