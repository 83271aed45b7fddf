/**
 * The board analyst's start page: agencies and how many of their people use the portal, no case content. Depends on
 * agency and user. Nothing depends on it.
 */
package org.lowshire.portal.board.web;
