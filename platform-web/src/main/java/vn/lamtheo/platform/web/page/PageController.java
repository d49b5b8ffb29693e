package vn.lamtheo.platform.web.page;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller that renders HTML pages. Page controllers get the signed-in person in their model
 * ({@link PageModelAdvice}) and friendly error pages instead of problem+json ({@link PageErrorAdvice}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {
    @AliasFor(annotation = Controller.class)
    String value() default "";
}
