package vn.lamtheo.platform.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.util.List;

/** The web conventions every Lamtheo application shares: body limits, error statuses and the OpenAPI description. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebLimitsProperties.class)
public class WebConfiguration implements WebMvcConfigurer {

    private final ProblemTranslator translator;
    private final WebLimitsProperties limits;
    private final ObjectProvider<Clock> clock;

    public WebConfiguration(ProblemTranslator translator, WebLimitsProperties limits, ObjectProvider<Clock> clock) {
        this.translator = translator;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new YearParameters(limits.firstYear(), clock.getIfAvailable(Clock::systemUTC)));
    }

    /** Last in line: REST controllers are answered by {@link ProblemHandling} before this is asked. */
    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(new PageErrorStatusResolver(translator));
    }

    /** Before Spring Security (order -100), so an oversize body is refused before anything reads it. */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(WebLimitsProperties limits, ObjectMapper json) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits, json));
        registration.setOrder(-200);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Right after the body limit: a Content-Type nothing can parse is refused before anyone parses it. */
    @Bean
    FilterRegistrationBean<ContentTypeFilter> contentTypeFilter(ObjectMapper json) {
        FilterRegistrationBean<ContentTypeFilter> registration = new FilterRegistrationBean<>(new ContentTypeFilter(json));
        registration.setOrder(-199);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Tomcat's own refusals (a malformed URL before any filter runs) answer problem+json too. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    OpenAPI lamtheoOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Lamtheo API").version("0.1")
                        .description("Bản đăng ký học tập và làm theo, mô hình hay / Pledges and exemplary models. "
                                + "Errors are application/problem+json (RFC 9457)."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
