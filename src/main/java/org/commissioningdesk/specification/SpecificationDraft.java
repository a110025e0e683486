package org.commissioningdesk.specification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commissioningdesk.common.Texts;

/**
 * What a person edits in a specification: its header, the template's sections (CommonMark text:
 * paragraphs and bullet lists), the care pathway and the quality requirements. Also the content
 * of a template.
 *
 * @param commissionerId the commissioner whose specification it is, or null (a generic one)
 * @param providerId     the provider it is agreed with, or null where it is not yet placed
 * @param sections       the written sections; a section left blank is absent
 */
public record SpecificationDraft(String title, String serviceArea, Long commissionerId, Long providerId,
                                 Map<SpecSection, String> sections, List<PathwayStep> pathway,
                                 List<QualityRequirement> quality) {

    public SpecificationDraft {
        EnumMap<SpecSection, String> copy = new EnumMap<>(SpecSection.class);
        if (sections != null) {
            sections.forEach((k, v) -> {
                if (k != null && v != null) {
                    copy.put(k, v);
                }
            });
        }
        sections = Collections.unmodifiableMap(copy);
        pathway = pathway == null ? List.of() : List.copyOf(pathway);
        quality = quality == null ? List.of() : List.copyOf(quality);
    }

    /**
     * Whether any text a reader sees (the title, the sections, the care pathway's steps and the quality
     * requirements) contains {@code folded}, which is already in lower case.
     */
    public boolean mentions(String folded) {
        List<String> texts = new ArrayList<>();
        texts.add(title);
        texts.addAll(sections.values());
        for (PathwayStep step : pathway) {
            texts.addAll(Arrays.asList(step.setting(), step.who(), step.what()));
        }
        for (QualityRequirement q : quality) {
            texts.addAll(Arrays.asList(q.indicator(), q.unit(), q.measurement(), q.incentive()));
        }
        return texts.stream().anyMatch(t -> t != null && t.toLowerCase(Locale.ROOT).contains(folded));
    }

    /** The text of a section, or "" where none is written. */
    public String section(SpecSection s) {
        return sections.getOrDefault(s, "");
    }

    public SpecificationDraft normalised() {
        EnumMap<SpecSection, String> cleaned = new EnumMap<>(SpecSection.class);
        sections.forEach((k, v) -> {
            String t = Texts.clean(v);
            if (t != null) {
                cleaned.put(k, t);
            }
        });
        return new SpecificationDraft(Texts.clean(title), Texts.clean(serviceArea), commissionerId, providerId, cleaned,
                pathway.stream().map(PathwayStep::normalised).toList(),
                quality.stream().map(QualityRequirement::normalised).toList());
    }

    public SpecificationDraft withTitle(String newTitle) {
        return new SpecificationDraft(newTitle, serviceArea, commissionerId, providerId, sections, pathway, quality);
    }

    public SpecificationDraft withOrganisations(Long commissioner, Long provider) {
        return new SpecificationDraft(title, serviceArea, commissioner, provider, sections, pathway, quality);
    }
}
