/**
 * The fault-injection harness: steady API and page load against the harness's own durable stack while WildFly and
 * PostgreSQL are killed with SIGKILL, PostgreSQL is restarted and Keycloak is stopped; then every acknowledged write is
 * looked for, records and audit events are matched, the chain is verified and recovery times are reported.
 */
package org.lowshire.portal.faults;
