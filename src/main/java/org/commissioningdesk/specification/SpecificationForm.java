package org.commissioningdesk.specification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ListProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleListProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.commissioningdesk.common.RichText;
import org.commissioningdesk.organisation.Organisation;

/**
 * What is typed in the specification editor, held until Save: the title, service area, commissioner
 * and provider, the template's sections (with their word counts), the care pathway and the quality
 * requirements. It reads itself as a draft and is filled from one. No JavaFX scene types are used.
 */
public final class SpecificationForm {

    // Each field is named for the key of its messages (as SpecificationRules gives them); see FormErrors.keysOf.
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty serviceArea = new SimpleStringProperty(this, "serviceArea", "");
    private final ObjectProperty<Organisation> commissioner = new SimpleObjectProperty<>(this, "commissionerId");
    private final ObjectProperty<Organisation> provider = new SimpleObjectProperty<>(this, "providerId");
    private final Map<SpecSection, StringProperty> sections = new EnumMap<>(SpecSection.class);
    private final Map<SpecSection, IntegerBinding> wordCounts = new EnumMap<>(SpecSection.class);
    private final ListProperty<PathwayStepForm> pathway = new SimpleListProperty<>(this, SpecificationRules.STEPS,
            FXCollections.observableArrayList(PathwayStepForm::observables));
    private final ListProperty<QualityRequirementForm> quality = new SimpleListProperty<>(this, SpecificationRules.KPIS,
            FXCollections.observableArrayList(QualityRequirementForm::observables));

    SpecificationForm() {
        for (SpecSection s : SpecSection.values()) {
            StringProperty text = new SimpleStringProperty(this, SpecificationRules.sectionField(s), "");
            sections.put(s, text);
            wordCounts.put(s, Bindings.createIntegerBinding(() -> RichText.wordCount(text.get()), text));
        }
    }

    /** Everything an edit can change, to watch. */
    List<Observable> observables() {
        List<Observable> all = new ArrayList<>(List.of(title, serviceArea, commissioner, provider, pathway, quality));
        all.addAll(sections.values());
        return all;
    }

    /** The form as a draft; numbers and money that cannot be read are left out and named in {@code problems}. */
    SpecificationDraft draft(Map<String, String> problems) {
        Map<SpecSection, String> texts = new EnumMap<>(SpecSection.class);
        sections.forEach((s, text) -> texts.put(s, text.get()));
        List<PathwayStep> steps = IntStream.range(0, pathway.size()).mapToObj(i -> pathway.get(i).toStep(i, problems)).toList();
        List<QualityRequirement> kpis = IntStream.range(0, quality.size())
                .mapToObj(i -> quality.get(i).toRequirement(i, problems)).toList();
        return new SpecificationDraft(title.get(), serviceArea.get(), id(commissioner.get()), id(provider.get()), texts,
                steps, kpis).normalised();
    }

    /** Fills the form from {@code d}, with the commissioner and provider as chosen for it. */
    void fill(SpecificationDraft d, Organisation chosenCommissioner, Organisation chosenProvider) {
        title.set(d.title() == null ? "" : d.title());
        serviceArea.set(d.serviceArea() == null ? "" : d.serviceArea());
        commissioner.set(chosenCommissioner);
        provider.set(chosenProvider);
        sections.forEach((section, text) -> text.set(d.section(section)));
        pathway.setAll(d.pathway().stream().map(PathwayStepForm::of).toList());
        quality.setAll(d.quality().stream().map(QualityRequirementForm::of).toList());
    }

    public PathwayStepForm addStep() {
        PathwayStepForm f = new PathwayStepForm();
        pathway.add(f);
        return f;
    }

    public QualityRequirementForm addRequirement() {
        QualityRequirementForm f = new QualityRequirementForm(QualityRequirement.newKey());
        quality.add(f);
        return f;
    }

    private static Long id(Organisation o) {
        return o == null ? null : o.id();
    }

    // ---- properties

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty serviceAreaProperty() {
        return serviceArea;
    }

    public ObjectProperty<Organisation> commissionerProperty() {
        return commissioner;
    }

    public ObjectProperty<Organisation> providerProperty() {
        return provider;
    }

    /** The text of a section as typed (CommonMark: paragraphs and "- " bullets). */
    public StringProperty sectionProperty(SpecSection section) {
        return sections.get(section);
    }

    /** The words a reader sees in a section, as it is typed. */
    public IntegerBinding wordCount(SpecSection section) {
        return wordCounts.get(section);
    }

    public ObservableList<PathwayStepForm> pathway() {
        return pathway;
    }

    public ObservableList<QualityRequirementForm> quality() {
        return quality;
    }
}
