package org.lowshire.portal.audit.chain;

/**
 * A signed statement that the chain's head at {@code seq} had {@code headHash}, and (since V20) that the checkpoint
 * before it was at {@code prevSeq} with {@code prevHash}: any two checkpoints then prove that the later one extends
 * the earlier ({@link CheckpointLinks}). Checkpoints signed before V20 have no previous one ({@code prevSeq} null).
 */
public record Checkpoint(long seq, byte[] headHash, Long prevSeq, byte[] prevHash, String keyId, byte[] signature) {

    /** A checkpoint of the first format, which signed only its own entry. */
    public Checkpoint(long seq, byte[] headHash, String keyId, byte[] signature) {
        this(seq, headHash, null, null, keyId, signature);
    }

    /** What the signature covers. */
    public byte[] payload() {
        return prevSeq == null
                ? ChainHash.checkpointPayload(seq, headHash)
                : ChainHash.checkpointPayload(seq, headHash, prevSeq, prevHash);
    }

    public boolean signedBy(SignatureCheck signatures) {
        return signatures.verify(keyId, payload(), signature);
    }

    /** Signs a checkpoint that follows {@code previous} (null for the first one). */
    public static Checkpoint sign(long seq, byte[] headHash, long prevSeq, byte[] prevHash, SigningKey key) {
        byte[] payload = ChainHash.checkpointPayload(seq, headHash, prevSeq, prevHash);
        return new Checkpoint(seq, headHash, prevSeq, prevHash, key.keyId(), key.sign(payload));
    }
}
