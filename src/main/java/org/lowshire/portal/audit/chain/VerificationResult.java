package org.lowshire.portal.audit.chain;

/** The verifier's answer: valid, or the first bad sequence number and why. */
public record VerificationResult(boolean valid, long eventsChecked, Long headSeq, Long firstBadSeq, String reason) {

    public static VerificationResult ok(long checked, Long head) {
        return new VerificationResult(true, checked, head, null, null);
    }

    public static VerificationResult bad(long checked, Long head, long firstBad, String reason) {
        return new VerificationResult(false, checked, head, firstBad, reason);
    }
}
