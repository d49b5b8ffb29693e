package vn.lamtheo.model.web.page;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/** Lets the page slice tests of this package start without the registry's own application (kept in its own package). */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"vn.lamtheo.platform.web.page", "vn.lamtheo.model.web.page"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
class ModelPagesTestApplication {
}
