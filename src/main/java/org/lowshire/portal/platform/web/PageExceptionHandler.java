package org.lowshire.portal.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.logging.Logger;
import org.lowshire.portal.shared.FailureLog;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * OmniFaces' handler (ajax failures show the same error page as full requests), logging through {@link FailureLog}:
 * once, with the correlation id, entity and id, and none of the exceptions' messages.
 */
public class PageExceptionHandler extends FullAjaxExceptionHandler {

    private static final Logger LOG = Logger.getLogger(PageExceptionHandler.class);

    public PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    protected void logException(FacesContext context, Throwable exception, String location, LogReason reason) {
        Object request = context.getExternalContext().getRequest();
        FailureLog.unexpected(LOG, "page", request instanceof HttpServletRequest http ? http : null, exception);
    }

    /** Registered in faces-config.xml in place of OmniFaces' own factory. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
