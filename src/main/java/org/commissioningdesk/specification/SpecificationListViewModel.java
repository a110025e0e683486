package org.commissioningdesk.specification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.commissioningdesk.common.Choices;
import org.commissioningdesk.common.Failures;
import org.commissioningdesk.common.TaskRunner;

/**
 * State and actions of the specification library: every specification with its versions,
 * filtered by service area, provider, status and free text; and the templates a new one can start from.
 * The free text is searched in the specifications' own text by the service, in the background (as
 * {@code spec list --text} does), and in the names each row shows.
 */
public final class SpecificationListViewModel {

    /**
     * One specification in the library: its latest version (what the series row shows), how many
     * versions it has, and those of its versions the filters let through.
     */
    public record Series(SpecificationSummary latest, int versionCount, List<SpecificationSummary> shownVersions,
                         SpecificationSummary agreed) {
        public Series {
            shownVersions = List.copyOf(shownVersions);
        }

        /** "Agreed", or "Draft (v1 agreed)" where a draft follows the version in force. */
        public String statusText() {
            return agreed == null || agreed.id() == latest.id() ? latest.status().label()
                    : latest.status().label() + " (v" + agreed.version() + " agreed)";
        }

        public long seriesId() {
            return latest.seriesId();
        }
    }

    private final SpecificationService service;
    private final TaskRunner runner;

    private final List<SpecificationSummary> all = new ArrayList<>();
    private final ObservableList<Series> series = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper shownVersions = new ReadOnlyIntegerWrapper(0);
    private final ObjectProperty<String> serviceAreaFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> providerFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<SpecStatus> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ObservableList<String> serviceAreaChoices = FXCollections.observableArrayList();
    private final ObservableList<String> providerChoices = FXCollections.observableArrayList();
    private final ObservableList<SpecificationTemplate> templates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper problem = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** The text the shown rows were found with, and the versions whose text mentions it. */
    private String searchedText = "";
    private Set<Long> mentioning = Set.of();
    /** Counts searches, so that only the answer to the latest one is shown. */
    private long searches;
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(NOTHING_YET);

    static final String NOTHING_YET = "No specifications yet. Choose New, or New from template… to start from a standard one.";

    public SpecificationListViewModel(SpecificationService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
        serviceAreaFilter.addListener((obs, was, now) -> refilter());
        providerFilter.addListener((obs, was, now) -> refilter());
        statusFilter.addListener((obs, was, now) -> refilter());
        textFilter.addListener((obs, was, now) -> search());
    }

    public void load(Runnable then) {
        busy.set(true);
        runner.run("load specifications", service::list, list -> {
            busy.set(false);
            all.clear();
            all.addAll(list);
            Choices.replaceKeeping(serviceAreaChoices, list.stream().map(SpecificationSummary::serviceArea).filter(Objects::nonNull)
                    .distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList(), serviceAreaFilter);
            Choices.replaceKeeping(providerChoices, list.stream().map(SpecificationSummary::providerName).filter(Objects::nonNull)
                    .distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList(), providerFilter);
            refilter();
            if (!searchedText.isEmpty()) {
                // What the specifications say may have changed: search them again.
                search();
            }
            if (then != null) {
                then.run();
            }
        }, this::failed);
    }

    /**
     * Searches the specifications' text for what the Find box holds, off the FX thread; the rows change
     * when the answer comes, and an answer overtaken by later typing is dropped.
     */
    private void search() {
        String text = textFilter.get() == null ? "" : textFilter.get().strip();
        long search = ++searches;
        if (text.isEmpty()) {
            searching.set(false);
            searchedText = "";
            mentioning = Set.of();
            refilter();
            return;
        }
        searching.set(true);
        runner.run("find specifications", () -> service.versionsMentioning(text), ids -> {
            if (search == searches) {
                searching.set(false);
                searchedText = text;
                mentioning = ids;
                refilter();
            }
        }, failure -> {
            if (search == searches) {
                searching.set(false);
                failed(failure);
            }
        });
    }

    /** A version is shown when it passes every filter; a specification when any of its versions is. */
    private void refilter() {
        String area = serviceAreaFilter.get();
        String provider = providerFilter.get();
        SpecStatus status = statusFilter.get();
        String text = searchedText.toLowerCase(Locale.ROOT);
        Predicate<SpecificationSummary> passes = v -> (area == null || area.equals(v.serviceArea()))
                && (provider == null || provider.equals(v.providerName()))
                && (status == null || v.status() == status)
                && (text.isEmpty() || mentioning.contains(v.id()) || matches(v, text));
        Map<Long, List<SpecificationSummary>> bySeries = new LinkedHashMap<>();
        all.forEach(v -> bySeries.computeIfAbsent(v.seriesId(), k -> new ArrayList<>()).add(v));
        List<Series> shown = new ArrayList<>();
        int versions = 0;
        for (List<SpecificationSummary> vs : bySeries.values()) {
            List<SpecificationSummary> passing = vs.stream().filter(passes).toList();
            if (!passing.isEmpty()) {
                SpecificationSummary latest = vs.stream().max(Comparator.comparingInt(SpecificationSummary::version))
                        .orElseThrow();
                SpecificationSummary agreed = vs.stream().filter(v -> v.status() == SpecStatus.AGREED).findFirst()
                        .orElse(null);
                shown.add(new Series(latest, vs.size(), passing, agreed));
                versions += passing.size();
            }
        }
        shown.sort(Comparator.comparing((Series s) -> s.latest().title(), String.CASE_INSENSITIVE_ORDER));
        series.setAll(shown);
        shownVersions.set(versions);
        emptyText.set(all.isEmpty() ? NOTHING_YET : noMatch());
    }

    /** "No specification matches “balloon” (status Agreed). Show all clears the filters." */
    private String noMatch() {
        List<String> others = otherFilters();
        String what = searchedText.isEmpty() ? "the filters" : "“" + searchedText + "”";
        return "No specification matches " + what + (searchedText.isEmpty() || others.isEmpty() ? ""
                : " (" + String.join("; ", others) + ")") + ". Show all clears the filters.";
    }

    /** The filters other than the text, in words: "service area Acute", "status Agreed". */
    private List<String> otherFilters() {
        List<String> filters = new ArrayList<>();
        if (serviceAreaFilter.get() != null) {
            filters.add("service area " + serviceAreaFilter.get());
        }
        if (providerFilter.get() != null) {
            filters.add("provider " + providerFilter.get());
        }
        if (statusFilter.get() != null) {
            filters.add("status " + statusFilter.get().label());
        }
        return filters;
    }

    /** The names a row shows (the title is searched with the text, by the service). */
    private static boolean matches(SpecificationSummary v, String text) {
        return contains(v.providerName(), text) || contains(v.commissionerName(), text)
                || contains(v.serviceArea(), text);
    }

    private static boolean contains(String field, String text) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(text);
    }

    public void clearFilters() {
        serviceAreaFilter.set(null);
        providerFilter.set(null);
        statusFilter.set(null);
        textFilter.set("");
    }

    /** The latest version of a specification, which new versions are made from. */
    public boolean isLatest(SpecificationSummary v) {
        return all.stream().filter(o -> o.seriesId() == v.seriesId()).mapToInt(SpecificationSummary::version).max()
                .orElse(0) == v.version();
    }

    /** Deletes a draft; the screen has asked first. The service's refusal is shown as the message. */
    public void delete(SpecificationSummary v, Runnable then) {
        busy.set(true);
        runner.run("delete specification", () -> {
            service.delete(v.id());
            return v;
        }, gone -> {
            tell("Deleted " + gone.label() + ".", false);
            runner.announce(message.get());
            load(then);
        }, this::failed);
    }

    /** A new draft version from an agreed latest version; {@code then} opens it. */
    public void newVersion(SpecificationSummary v, Consumer<Specification> then) {
        busy.set(true);
        runner.run("new version", () -> service.newVersion(v.id()), made -> {
            busy.set(false);
            tell("", false);
            runner.announce("Started version " + made.version() + " of " + made.title() + " from version "
                    + v.version() + ".");
            then.accept(made);
        }, this::failed);
    }

    /** Reads the templates (built-in, then saved) for the chooser. */
    public void loadTemplates(Runnable then) {
        busy.set(true);
        runner.run("load templates", service::templates, list -> {
            busy.set(false);
            templates.setAll(list);
            if (then != null) {
                then.run();
            }
        }, this::failed);
    }

    /** Deletes a saved template; the chooser has asked first. */
    public void deleteTemplate(SpecificationTemplate t, Runnable then) {
        busy.set(true);
        runner.run("delete template", () -> {
            service.deleteTemplate(t.key());
            return t;
        }, gone -> {
            tell("Deleted the template '" + gone.name() + "'.", false);
            runner.announce(message.get());
            loadTemplates(then);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        tell(Failures.describe(failure), true);
    }

    /** Shows what happened; a refusal or failure is marked as a problem (shown in red). */
    public void tell(String text, boolean isProblem) {
        problem.set(isProblem);
        message.set(text);
    }

    /** True while the message reports a problem rather than something done. */
    public javafx.beans.property.ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The specifications the filters let through, by title. */
    public ObservableList<Series> series() {
        return series;
    }

    /** How many versions the filters let through. */
    public ReadOnlyIntegerProperty shownVersionsProperty() {
        return shownVersions.getReadOnlyProperty();
    }

    public ObjectProperty<String> serviceAreaFilterProperty() {
        return serviceAreaFilter;
    }

    public ObjectProperty<String> providerFilterProperty() {
        return providerFilter;
    }

    public ObjectProperty<SpecStatus> statusFilterProperty() {
        return statusFilter;
    }

    /**
     * Finds versions whose text (title, sections, care pathway, quality requirements) or provider,
     * commissioner or service area contains it, any case.
     */
    public StringProperty textFilterProperty() {
        return textFilter;
    }

    /** True while the text is being searched for. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** What the library says when no row is shown: there are none yet, or none matches what was searched. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ObservableList<String> serviceAreaChoices() {
        return serviceAreaChoices;
    }

    public ObservableList<String> providerChoices() {
        return providerChoices;
    }

    public ObservableList<SpecificationTemplate> templates() {
        return templates;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Exporting the library as filtered on screen: every version shown. */
    public org.commissioningdesk.export.ExportJob exportJob() {
        List<String> filters = otherFilters();
        if (!searchedText.isEmpty()) {
            filters.add("containing \"" + searchedText + "\"");
        }
        List<SpecificationSummary> rows = series.stream().flatMap(s -> s.shownVersions().stream()).toList();
        return service.registerJob(rows, filters.isEmpty() ? null : String.join("; ", filters));
    }
}
