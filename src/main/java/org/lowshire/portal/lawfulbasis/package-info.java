/**
 * The lawful basis of a request or disclosure: UK GDPR Article 6 bases, the Article 9 / Schedule 8 condition and the
 * practitioner's justification. Depends on agency and shared. The request feature depends on it.
 */
package org.lowshire.portal.lawfulbasis;
