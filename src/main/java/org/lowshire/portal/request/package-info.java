/**
 * The information-sharing request aggregate and its lifecycle: agency parts, questions, messages, responses with their
 * sharing-decision record, the requester's service, inboxes, attachments, escalation and the PDF copy. Every load is
 * guarded by {@link RequestRecords}, which asks the access package's policy; what a viewer sees is the read model
 * {@link VisibleRequest} built from it. Depends on access, request.deadline, consent, person, lawfulbasis, agency,
 * attachment, audit, audit.history, security, shared. Only its own sub-packages depend on it.
 */
package org.lowshire.portal.request;
