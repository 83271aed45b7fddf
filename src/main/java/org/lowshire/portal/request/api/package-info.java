/**
 * {@code /api/requests}, {@code /api/transparency} and {@code /api/consent-reports}: the operations the request pages
 * offer, over REST, with the JSON inputs and the per-viewer {@link RequestView}. Depends on request and its
 * sub-packages, consent, person, lawfulbasis, agency, attachment, security, shared, platform.rest. Nothing depends on
 * it.
 */
package org.lowshire.portal.request.api;
