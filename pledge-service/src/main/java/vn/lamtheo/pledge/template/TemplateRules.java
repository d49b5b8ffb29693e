package vn.lamtheo.pledge.template;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.lamtheo.kernel.events.pledge.SectionKey;
import vn.lamtheo.kernel.events.pledge.TemplateKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The template check's configuration: headings per form, which sections are required, the template's sample
 * wording, the words that make an action concrete, and the words too common to tie a section to the member's
 * duties. Loaded from {@code pledge-templates.json}.
 */
public record TemplateRules(Map<TemplateKind, Form> kinds, List<String> requiredSections,
                            Map<String, List<String>> sampleWording, int minActionWords, List<String> targetWords,
                            List<String> dutyStopWords, List<String> dutyCommonWords, int minSharedDutyWords) {

    /** One form: its version and the heading printed above each section ({year}, {previousYear} filled in). */
    public record Form(int version, Map<String, String> headings) {
    }

    public static TemplateRules defaults() {
        try (InputStream in = TemplateRules.class.getResourceAsStream("/pledge-templates.json")) {
            if (in == null) {
                throw new IllegalStateException("pledge-templates.json is missing from the classpath");
            }
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, TemplateRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read pledge-templates.json", e);
        }
    }

    public int version(TemplateKind kind) {
        return form(kind).version();
    }

    public String heading(TemplateKind kind, SectionKey section, int year) {
        String heading = form(kind).headings().getOrDefault(section.key(), section.key());
        return heading.replace("{previousYear}", String.valueOf(year - 1)).replace("{year}", String.valueOf(year));
    }

    private Form form(TemplateKind kind) {
        Form form = kinds.get(kind);
        if (form == null) {
            throw new IllegalStateException("No template configured for " + kind);
        }
        return form;
    }
}
