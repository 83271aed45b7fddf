package org.lowshire.portal.audit.history;

import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.envers.RevisionListener;
import org.lowshire.portal.audit.Actor;
import org.lowshire.portal.audit.ActorResolver;

/** Stamps each revision with the same actor the audit trail records, so field history and trail agree. */
public class RevisionActorListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Actor actor = CDI.current().select(ActorResolver.class).get().current();
        ((Revision) revisionEntity).actor(actor.subject(), actor.username(), actor.agency());
    }
}
