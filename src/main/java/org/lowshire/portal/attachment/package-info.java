/**
 * Files at rest, whoever owns them (a request, or a consent's signed document): what may be uploaded, safe names,
 * AES-256-GCM encryption and the store. No access rules and no audit: the owning feature checks who may and records the
 * event. A leaf: depends on security and shared only; request and consent (with their web and api packages) and the
 * platform's upload and download helpers depend on it.
 */
package org.lowshire.portal.attachment;
