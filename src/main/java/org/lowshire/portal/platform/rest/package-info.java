/**
 * REST wiring: the {@code /api} application, the one place errors become problem+json, files as API downloads, and
 * {@code Idempotency-Key} on creating calls (table {@code idempotency_key}).
 * Depends on attachment, audit, security, shared. The features' api packages depend on it.
 */
package org.lowshire.portal.platform.rest;
