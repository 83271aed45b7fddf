/**
 * The people requests are about: the person record (Envers-audited, known by uuid), NHS number rules, and the duplicate
 * check and creation, each audited. Who may see a person is decided by its callers, not here. Depends on audit,
 * security, shared. Consent and request depend on it.
 */
package org.lowshire.portal.person;
