/**
 * The information-sharing request aggregate and its lifecycle: agency parts, questions, messages, responses with their
 * sharing-decision record, the requester's service, inboxes, attachments, escalation and the PDF copy. Need-to-know for
 * requests ({@link RequestAccessPolicy}) and every guarded load ({@link RequestRecords}) live here today; the policy is
 * being gathered into the access package. Depends on request.deadline, consent, person, lawfulbasis, agency,
 * attachment, audit, audit.history, security, shared. Only its own sub-packages depend on it.
 */
package org.lowshire.portal.request;
