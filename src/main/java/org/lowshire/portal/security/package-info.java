/**
 * Who the user is: the OIDC identity and roles ({@link CurrentUser}, {@link UserIdentity}), the sections each role
 * opens, the OIDC settings and the AccessDenied refusal. Depends on no portal package. Nearly every package depends on
 * it; the need-to-know decisions themselves belong to the access package, not here.
 */
package org.lowshire.portal.security;
