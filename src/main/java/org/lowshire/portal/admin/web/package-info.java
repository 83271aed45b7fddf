/**
 * The administrator's pages: the start page and an agency's approval policy. Depends on admin, agency, user and
 * platform.web. Nothing depends on it.
 */
package org.lowshire.portal.admin.web;
