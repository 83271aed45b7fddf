package org.lowshire.portal.audit.chain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

/**
 * The Ed25519 key that signs checkpoints. It lives in a file outside the database (PKCS#8), so whoever can rewrite
 * the database cannot re-sign a rewritten chain; its public half is written beside it ({@code .pub}, X.509) for
 * anyone who wants to check the chain independently. The key id is the start of the public key's SHA-256.
 */
public final class SigningKey implements SignatureCheck {

    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey) throws GeneralSecurityException {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = keyIdOf(publicKey);
    }

    /** Loads the key, or creates it (owner-only file) when {@code create} is set and there is none yet. */
    public static SigningKey load(Path file, boolean create) throws IOException, GeneralSecurityException {
        if (!Files.exists(file)) {
            if (!create) {
                throw new IOException("No audit signing key at " + file);
            }
            return generate(file);
        }
        KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
        PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(file)));
        Path pub = publicFile(file);
        PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(pub)));
        return new SigningKey(privateKey, publicKey);
    }

    /** A key held only in memory, for tests of pure logic. */
    public static SigningKey ephemeral() throws GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        return new SigningKey(pair.getPrivate(), pair.getPublic());
    }

    private static SigningKey generate(Path file) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, pair.getPrivate().getEncoded());
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the file system has no POSIX permissions; the directory's protection applies
        }
        Files.write(publicFile(file), pair.getPublic().getEncoded());
        return new SigningKey(pair.getPrivate(), pair.getPublic());
    }

    private static Path publicFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".pub");
    }

    public String keyId() {
        return keyId;
    }

    public byte[] sign(byte[] payload) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(payload);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a checkpoint", e);
        }
    }

    @Override
    public boolean verify(String id, byte[] payload, byte[] signatureBytes) {
        if (!keyId.equals(id)) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(payload);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String keyIdOf(PublicKey key) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
        return "ed25519:" + HexFormat.of().formatHex(digest, 0, 8);
    }
}
