package org.lowshire.portal.audit.chain;

/** Checks a checkpoint signature with the public key named by its key id. */
@FunctionalInterface
public interface SignatureCheck {
    boolean verify(String keyId, byte[] payload, byte[] signature);
}
