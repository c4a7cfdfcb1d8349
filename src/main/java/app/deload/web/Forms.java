package app.deload.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

/** Runs the Bean Validation constraints of a form record and turns them into field errors. */
@ApplicationScoped
public class Forms {

    @Inject
    Validator validator;

    public FormErrors check(Object form) {
        return FormErrors.of(validator.validate(form));
    }
}
