/**
 * {@code /api/agencies}: the agencies and their approval policy over REST. Depends on admin and agency. Nothing depends
 * on it.
 */
package org.lowshire.portal.admin.api;
