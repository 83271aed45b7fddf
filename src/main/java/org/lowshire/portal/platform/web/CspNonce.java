package org.lowshire.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The response's CSP nonce, for the hidden field every form carries ({@code WEB-INF/includes/form-nonce.xhtml}).
 * With {@code primefaces.CSP} on, PrimeFaces refuses a postback whose {@code primefaces.nonce} does not match the
 * view's; its scripts add the field to ajax requests, but not to plain form submits, so the forms carry it.
 */
@Named
@RequestScoped
public class CspNonce {

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
