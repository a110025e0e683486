package org.commissioningdesk.prospectus;

import java.time.LocalDate;
import java.util.UUID;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One consultation response as held in the editor. */
public final class ResponseForm {

    private final ObjectProperty<SourceType> source = new SimpleObjectProperty<>();
    private final StringProperty respondent = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> receivedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<String> priorityKey = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty response = new SimpleStringProperty("");
    private final BooleanProperty answered = new SimpleBooleanProperty(false);
    /** The stored response this row edits (null for a new one), so its save changes that row. */
    private UUID uid;

    public static ResponseForm of(ConsultationResponse r) {
        ResponseForm f = new ResponseForm();
        f.source.set(r.source());
        f.respondent.set(r.respondent() == null ? "" : r.respondent());
        f.receivedOn.set(r.receivedOn());
        f.priorityKey.set(r.priorityKey());
        f.summary.set(r.summary() == null ? "" : r.summary());
        f.response.set(r.response() == null ? "" : r.response());
        f.answered.set(r.answered());
        f.uid = r.uid();
        return f;
    }

    public ConsultationResponse toResponse() {
        return new ConsultationResponse(source.get(), respondent.get(), receivedOn.get(), priorityKey.get(),
                summary.get(), response.get(), answered.get(), uid).normalised();
    }

    Observable[] observables() {
        return new Observable[] {source, respondent, receivedOn, priorityKey, summary, response, answered};
    }

    public ObjectProperty<SourceType> sourceProperty() {
        return source;
    }

    public StringProperty respondentProperty() {
        return respondent;
    }

    public ObjectProperty<LocalDate> receivedOnProperty() {
        return receivedOn;
    }

    public ObjectProperty<String> priorityKeyProperty() {
        return priorityKey;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty responseProperty() {
        return response;
    }

    public BooleanProperty answeredProperty() {
        return answered;
    }
}
