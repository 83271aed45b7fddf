/**
 * Wiring only, for the whole portal; its sub-packages hold the web filters and page helpers, the REST configuration and
 * error mapping, and the health checks. Here: Flyway migrates the schema inside Hibernate's bootstrap, before Hibernate
 * validates it. Depends on no portal package; nothing depends on it.
 */
package org.lowshire.portal.platform;
