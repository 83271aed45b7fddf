package org.lowshire.portal.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.lowshire.portal.shared.TextInput;
import org.lowshire.portal.shared.Texts;

/**
 * A default validator on every input and view parameter of every page: text with NUL or another control character
 * (tab and newline excepted) is refused with a message by the field, before anything reaches the database. What was
 * typed stays in the form.
 */
@FacesValidator(value = "portal.safeText", isDefault = true)
public class SafeTextValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof String text && TextInput.hasControlCharacter(text)) {
            String message = Texts.text(TextInput.CONTROL_CHARACTER);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }
}
