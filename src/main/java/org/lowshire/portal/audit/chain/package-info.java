/**
 * The hash chain's pure mechanics: canonical form of an event, link hashing, Ed25519 checkpoint signing, reading links
 * from binary COPY and walking the chain to the first tampered entry. Depends on no portal package. Only audit and its
 * api and web packages depend on it.
 */
package org.lowshire.portal.audit.chain;
