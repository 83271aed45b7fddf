/**
 * The person page with its consent forms, and the servlets for a signed consent document and a consent receipt. Depends
 * on consent, agency, attachment, platform.web, shared. Nothing depends on it.
 */
package org.lowshire.portal.consent.web;
