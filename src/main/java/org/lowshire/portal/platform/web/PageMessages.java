package org.lowshire.portal.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.hibernate.StaleObjectStateException;
import org.lowshire.portal.security.AccessDenied;
import org.lowshire.portal.shared.BusinessException;
import org.lowshire.portal.shared.InvalidInput;
import org.lowshire.portal.shared.RecordNotFound;

/**
 * The one place page beans turn refusals into what the user sees: a message next to each field named by the rule
 * (and in the error summary), a page-level message for other rule refusals and for concurrent changes, the 403
 * page for a record the user may not see and the 404 page for one that does not exist. What was typed stays.
 */
public final class PageMessages {

    private PageMessages() {}

    /**
     * Runs an action. Returns its result, or null after showing why it was refused; unexpected failures propagate
     * to the error page.
     *
     * @param fieldIds rule field name → client id of the input the message belongs to
     */
    public static <T> T attempt(Supplier<T> action, Map<String, String> fieldIds) {
        try {
            return action.get();
        } catch (AccessDenied | RecordNotFound e) {
            sendError(e instanceof AccessDenied ? 403 : 404);
            return null;
        } catch (RuntimeException e) {
            show(e, fieldIds);
            return null;
        }
    }

    /**
     * Loads the record a page is about: the 403 page for one the user may not see, the 404 page for one that does
     * not exist or an id that cannot be one; any other failure goes to the error page. Returns null only after the
     * error page was sent, so a page never renders around a record it does not have.
     */
    public static <T> T load(Supplier<T> loader) {
        try {
            T loaded = loader.get();
            if (loaded == null) {
                throw new RecordNotFound();
            }
            return loaded;
        } catch (AccessDenied e) {
            sendError(403);
        } catch (RecordNotFound | InvalidInput e) {
            sendError(404);
        }
        return null;
    }

    /** A parameter of the current request (a view parameter as the browser sent it), or null. */
    public static String requestParameter(String name) {
        return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(name);
    }

    /**
     * Whether a page may load its record now: not when the answer is already settled (an error page sent, a
     * redirect), nor when its view parameters were refused (the page shows why, by the field).
     */
    public static boolean mayLoad() {
        var context = FacesContext.getCurrentInstance();
        return !context.getResponseComplete() && !context.isValidationFailed();
    }

    public static void show(RuntimeException e, Map<String, String> fieldIds) {
        var context = FacesContext.getCurrentInstance();
        InvalidInput invalid = causeOf(e, InvalidInput.class);
        var violation = causeOf(e, jakarta.validation.ConstraintViolationException.class);
        if (invalid == null && violation != null) {
            invalid = InvalidInput.of(violation);
        }
        BusinessException business = causeOf(e, BusinessException.class);
        if (invalid != null) {
            invalid.fieldErrors()
                    .forEach((field, key) -> context.addMessage(fieldIds.get(field), error(text(context, key))));
        } else if (business != null) {
            context.addMessage(null, error(text(context, business.messageKey())));
        } else if (causeOf(e, OptimisticLockException.class) != null
                || causeOf(e, StaleObjectStateException.class) != null) {
            context.addMessage(null, error(text(context, "request.error.changedMeanwhile")));
        } else {
            throw e;
        }
        context.validationFailed();
    }

    /** Sends the error page for the status, once: an answer already settled is left as it is. */
    public static void sendError(int status) {
        var context = FacesContext.getCurrentInstance();
        if (context.getResponseComplete()) {
            return;
        }
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    public static void info(String key) {
        var context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().put("banner", text(context, key));
    }

    public static String text(FacesContext context, String key) {
        var bundle =
                ResourceBundle.getBundle("i18n.messages", context.getViewRoot().getLocale());
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
