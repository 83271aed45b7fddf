package org.lowshire.portal.audit.chain;

/** One link as stored, with its event ({@code null} when the event row is gone). */
public record ChainRow(long seq, long eventId, byte[] prevHash, byte[] hash, StoredEvent event) {}
