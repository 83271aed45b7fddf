package org.lowshire.portal.audit.chain;

/**
 * One chain entry as read for verification: the link as stored, the id of the event row found for it ({@code null}
 * when that row is gone) and that event's canonical form as stored ({@code null} when the row is gone or holds
 * something the chainer can never have written).
 */
public record StoredLink(long seq, long eventId, byte[] prevHash, byte[] hash, Long foundEventId, byte[] canonical) {}
