/**
 * REST wiring: the {@code /api} application, the one place errors become problem+json, and files as API downloads.
 * Depends on attachment, audit, security, shared. The features' api packages depend on it.
 */
package org.lowshire.portal.platform.rest;
