package vn.lamtheo.platform;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy allows scripts and styles only from Lamtheo's own files (issue #22), so a page with
 * an inline script, an inline style, an event-handler attribute or a {@code javascript:} link would silently lose
 * it in the browser. Every template and static page of every module on the application's classpath is checked.
 */
class NoInlineScriptOrStyleTest {

    static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\bsrc=)[^>]*>|<style\\b|\\sstyle=|\\sth:style=|\\son[a-z]+=|javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void noPageCarriesInlineScriptsOrStyles() throws Exception {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> pages = new ArrayList<>(List.of(resolver.getResources("classpath*:templates/**/*.html")));
        pages.addAll(List.of(resolver.getResources("classpath*:static/**/*.html")));
        List<String> found = new ArrayList<>();
        for (Resource page : pages) {
            Matcher inline = INLINE.matcher(page.getContentAsString(StandardCharsets.UTF_8));
            while (inline.find()) {
                found.add(page.getURL().getPath().replaceAll(".*/(templates|static)/", "$1/") + ": " + inline.group());
            }
        }
        assertThat(pages).as("the templates are on the classpath").hasSizeGreaterThan(10);
        assertThat(found).isEmpty();
    }
}
