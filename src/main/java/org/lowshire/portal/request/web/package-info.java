/**
 * The request pages, one bean per page: the inbox, the draft task list and its tasks, the request, responding, history,
 * files, transparency and consent reports, and the servlets for downloads and the PDF copy. Depends on request and its
 * sub-packages, access, consent, person, lawfulbasis, agency, attachment, security, shared, platform.web. Nothing depends on
 * it.
 */
package org.lowshire.portal.request.web;
