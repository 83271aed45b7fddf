package org.lowshire.portal.audit;

/**
 * Who acted, and from where: the Keycloak subject and username, agency and roles at the time, a hash of the session
 * id (never the id itself), the client address and the request's correlation id.
 */
public record Actor(
        String subject,
        String username,
        String agency,
        String roles,
        String sessionRef,
        String clientAddress,
        String correlationId) {

    /** The portal itself (schedulers, the chainer, imports). */
    public static Actor system(String process) {
        return new Actor(null, "system:" + process, null, null, null, null, null);
    }

    /** Nobody signed in (e.g. a refused request before sign-in). */
    public static Actor anonymous(String clientAddress, String correlationId) {
        return new Actor(null, null, null, null, null, clientAddress, correlationId);
    }
}
