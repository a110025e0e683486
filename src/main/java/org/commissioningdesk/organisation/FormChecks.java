package org.commissioningdesk.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

import org.commissioningdesk.common.FieldMarks;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Shows each problem of the Organisations form on the label under its field as the person types
 * (ControlsFX marks the field as well), and says whether there is any. A pristine blank form shows no
 * complaints; anything typed, or any record opened, does.
 */
final class FormChecks {

    private final ValidationSupport validation = new ValidationSupport();
    private final Map<Control, Label> labels = new LinkedHashMap<>();
    private final OrganisationForm form;
    private final BooleanSupplier recordOpen;

    /** @param recordOpen true while the form shows a saved organisation rather than a new one */
    FormChecks(OrganisationForm form, BooleanSupplier recordOpen) {
        this.form = form;
        this.recordOpen = recordOpen;
        validation.validationResultProperty().addListener((obs, was, now) -> show(now));
        revalidateWhen(form.typeProperty());
        revalidateWhen(form.dirtyProperty());
        form.serverErrors().addListener((MapChangeListener<String, String>) change -> revalidateLater());
    }

    /** Checks {@code control} as the form's field {@code key}, with its problem shown on {@code label}. */
    void field(String key, Control control, Label label) {
        labels.put(control, label);
        FieldMarks.reserveLine(label);
        validation.registerValidator(control, false, (Control c, Object value) -> {
            String error = showErrors() ? form.fieldError(key) : null;
            return ValidationResult.fromErrorIf(c, error, error != null);
        });
    }

    /** Checks the fields again whenever {@code value} changes. */
    void revalidateWhen(ObservableValue<?> value) {
        value.addListener((obs, was, now) -> revalidateLater());
    }

    private void revalidateLater() {
        Platform.runLater(validation::revalidate);
    }

    private boolean showErrors() {
        return form.dirtyProperty().get() || recordOpen.getAsBoolean() || !form.serverErrors().isEmpty();
    }

    private void show(ValidationResult result) {
        Map<Control, String> byControl = result.getMessages().stream()
                .collect(Collectors.toMap(m -> (Control) m.getTarget(), m -> m.getText(), (a, b) -> a));
        labels.forEach((control, label) -> label.setText(byControl.getOrDefault(control, "")));
    }

    /** Checks every field now; true when any has a problem. */
    boolean checkNow() {
        validation.revalidate();
        return Boolean.TRUE.equals(validation.isInvalid());
    }

    ReadOnlyBooleanProperty invalidProperty() {
        return validation.invalidProperty();
    }
}
