package vn.lamtheo.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import vn.lamtheo.kernel.domain.TextLimits;

import java.lang.reflect.Type;

/**
 * Checks every JSON body a controller receives against {@link TextLimits} before the controller sees it, so a
 * refusal (422) names the fields as the client wrote them. Commands are checked again on the command bus, which
 * also covers pages and imports; a raw text body (a CSV upload) is left to its own parser.
 */
@ControllerAdvice
public class TextLimitsAdvice extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType != String.class && targetType != byte[].class;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        TextLimits.require(body);
        return body;
    }
}
