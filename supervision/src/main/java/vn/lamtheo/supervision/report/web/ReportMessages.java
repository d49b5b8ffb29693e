package vn.lamtheo.supervision.report.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.stereotype.Component;

/**
 * Adds the report's bundle ({@code messages-report[_en].properties}) to the application's message source, so that
 * the report's strings live beside the report and no other module's configuration has to name them.
 */
@Component
public class ReportMessages implements BeanPostProcessor {

    public static final String BUNDLE = "messages-report";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractResourceBasedMessageSource source && "messageSource".equals(beanName)) {
            source.addBasenames(BUNDLE);
        }
        return bean;
    }
}
