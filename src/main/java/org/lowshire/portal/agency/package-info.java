/**
 * The partnership's agencies as reference data: sector, approval policy on sensitive releases and on sharing without
 * consent. Depends on shared only. Most features depend on it; it depends on none of them.
 */
package org.lowshire.portal.agency;
