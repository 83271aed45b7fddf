/**
 * Need-to-know, in one place: who may see and do what to a request and everything in it (agency parts, responses,
 * files, messages, timeline entries, field history), to people and their consents, to the consent reports and to
 * alerts. Pure rules over facts the services read ({@link org.lowshire.portal.access.RequestFacts},
 * {@link org.lowshire.portal.access.PersonFacts}) and the user as Keycloak stated them at sign-in. Depends only on
 * security and shared; every feature asks it, and the request read model ({@code request.VisibleRequest}) is built
 * from it.
 */
package org.lowshire.portal.access;
