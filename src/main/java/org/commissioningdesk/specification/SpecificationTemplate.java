package org.commissioningdesk.specification;

/**
 * A starting point for a new specification: one of the built-in templates shipped with the
 * application, or one a person saved ("save as template").
 *
 * @param id      null for a built-in template
 * @param key     "builtin:community-cardiology" or "saved:12": names the template on the command line and in tests
 * @param content the specification content, with no commissioner or provider
 */
public record SpecificationTemplate(Long id, String key, String name, String description, boolean builtIn,
                                    SpecificationDraft content) {

    @Override
    public String toString() {
        return name;
    }
}
