/**
 * Faces and servlet wiring: correlation id and no-store filters, the sign-in-unavailable page, the one place refusals
 * become page messages, error pages, navigation, date input, uploads and downloads, the formula-safe CSV exporter.
 * Depends on attachment, audit, security, shared. The features' web packages depend on it.
 */
package org.lowshire.portal.platform.web;
