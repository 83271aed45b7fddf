/**
 * {@code GET /api/me}: who the bearer token says the caller is. Depends on security. Nothing depends on it.
 */
package org.lowshire.portal.security.api;
