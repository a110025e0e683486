package org.commissioningdesk.specification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The template file format: a specification's content as JSON, with a name and description. The
 * built-in templates are such files shipped in the application; saved templates are stored in
 * the database in the same form. KPI keys are not kept: each specification made from a template
 * gets its own.
 */
final class TemplateFormat {

    /** The built-in templates, in the order they are offered. */
    static final List<String> BUILT_IN = List.of("community-cardiology-primary-pci", "intermediate-care-older-people",
            "community-mental-health");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** The file as it is written: a name, a description, and the content without organisations or keys. */
    record TemplateFile(String name, String description, String title, String serviceArea,
                        Map<SpecSection, String> sections, List<PathwayStep> pathway,
                        List<QualityRequirement> quality) {

        SpecificationDraft content() {
            return new SpecificationDraft(title, serviceArea, null, null, sections, pathway,
                    quality == null ? List.of() : quality.stream().map(TemplateFormat::withoutKey).toList())
                    .normalised();
        }
    }

    private TemplateFormat() {
    }

    static String write(String name, String description, SpecificationDraft content) {
        TemplateFile file = new TemplateFile(name, description, content.title(), content.serviceArea(),
                content.sections(), content.pathway(), content.quality().stream().map(TemplateFormat::withoutKey).toList());
        try {
            return JSON.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the template '" + name + "'", e);
        }
    }

    static TemplateFile read(String json) {
        try {
            return JSON.readValue(json, TemplateFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The template is not in the template format: " + e.getOriginalMessage(), e);
        }
    }

    /** The built-in templates shipped with the application. */
    static List<SpecificationTemplate> builtIn() {
        List<SpecificationTemplate> templates = new ArrayList<>();
        for (String name : BUILT_IN) {
            String resource = "templates/" + name + ".json";
            try (InputStream in = TemplateFormat.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The built-in template " + resource + " is missing from the application");
                }
                TemplateFile file = JSON.readValue(in, TemplateFile.class);
                templates.add(new SpecificationTemplate(null, "builtin:" + name, file.name(), file.description(), true,
                        file.content()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the built-in template " + resource, e);
            }
        }
        return List.copyOf(templates);
    }

    private static QualityRequirement withoutKey(QualityRequirement q) {
        return new QualityRequirement(null, q.indicator(), q.threshold(), q.direction(), q.unit(), q.measurement(),
                q.frequency(), q.penaltyKind(), q.penalty(), q.remedialActionPlan(), q.incentive(), q.incentiveAmount());
    }
}
