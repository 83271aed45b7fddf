/**
 * Due dates: working days in England and Wales over the bank holidays in the database, the per-urgency deadline policy
 * and its 17:00 cut-off. Depends on no portal package. The request feature and its web and api packages depend on it.
 */
package org.lowshire.portal.request.deadline;
