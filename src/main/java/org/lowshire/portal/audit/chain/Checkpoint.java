package org.lowshire.portal.audit.chain;

/** A signed statement that the chain's head at {@code seq} had {@code headHash}. */
public record Checkpoint(long seq, byte[] headHash, String keyId, byte[] signature) {}
