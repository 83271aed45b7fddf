package org.lowshire.portal.shared;

/** No record has this identifier: pages answer 404, REST a 404 problem. */
public class RecordNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFound() {
        super("No such request", null, false, false);
    }
}
