package vn.lamtheo.platform.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.domain.CommandRejected.Reason;

import java.util.List;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTranslatorTest {

    final ProblemTranslator translator = new ProblemTranslator();

    @Test
    void rejectionsMapByReason() {
        assertThat(status(CommandRejected.wrongState("approve", "pledge", HttpStatus.OK))).isEqualTo(409);
        assertThat(status(new CommandRejected(Reason.DUPLICATE, "x"))).isEqualTo(409);
        assertThat(status(new CommandRejected(Reason.INVALID, "x"))).isEqualTo(422);
        assertThat(status(new CommandRejected(Reason.NOT_ALLOWED, "x"))).isEqualTo(403);
        assertThat(status(new CommandRejected(Reason.STALE, "x"))).isEqualTo(412);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRejectionKeepsItsMessageAndFieldsEvenWhenAxonWrapsIt() {
        CommandRejected rejected = new CommandRejected(Reason.INVALID, "Cannot submit pledge: sections missing",
                List.of(new CommandRejected.Violation("tuTuongChinhTri", "Bắt buộc / Required")));
        Throwable wrapped = new CompletionException(new CommandExecutionException("handler failed", rejected, null));

        ProblemDetail problem = translator.known(wrapped).orElseThrow();

        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getDetail()).isEqualTo("Cannot submit pledge: sections missing");
        assertThat(problem.getProperties()).containsKey(Problems.ERRORS);
        assertThat((List<Object>) problem.getProperties().get(Problems.ERRORS))
                .containsExactly(new ProblemException.FieldProblem("tuTuongChinhTri", "Bắt buộc / Required"));
    }

    @Test
    void axonFailuresMapToConflictsAndNotFound() {
        assertThat(status(new ConcurrencyException("two writers"))).isEqualTo(409);
        assertThat(status(new ConflictingAggregateVersionException("pl-1", 3, 4))).isEqualTo(412);
        assertThat(status(new AggregateNotFoundException("pl-9", "no such aggregate"))).isEqualTo(404);
    }

    @Test
    void anUnknownFaultIsNotKnownAndItsGenericProblemSaysNothingInternal() {
        IllegalStateException fault = new IllegalStateException("NullPointer in PledgeRepository with secret text");
        assertThat(translator.known(fault)).isEmpty();
        ProblemDetail problem = translator.translate(fault, HttpStatus.INTERNAL_SERVER_ERROR, "GET", "/api/x");
        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).doesNotContain("secret", "Pledge", "Exception");
        assertThat(problem.getTitle()).contains(" / ");
    }

    @Test
    void problemExceptionsKeepTheirStatus() {
        assertThat(status(new ProblemException(HttpStatus.GONE, "Đã xoá / Gone"))).isEqualTo(410);
        assertThat(status(new BodyTooLargeException(1024))).isEqualTo(413);
    }

    @Test
    @SuppressWarnings("unchecked")
    void beanValidationAndMissingParametersAre400WithTheirFields() {
        org.springframework.validation.BindException invalid = new org.springframework.validation.BindException(new Object(), "pledge");
        invalid.rejectValue(null, "x"); // a global error is allowed to have no field
        invalid.getBindingResult().addError(new org.springframework.validation.FieldError("pledge", "year", "phải từ 2020 / must be at least 2020"));
        ProblemDetail problem = translator.known(invalid).orElseThrow();
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat((List<Object>) problem.getProperties().get(Problems.ERRORS))
                .contains(new ProblemException.FieldProblem("year", "phải từ 2020 / must be at least 2020"));

        ProblemDetail missing = translator.known(new org.springframework.web.bind.MissingServletRequestParameterException("year", "int")).orElseThrow();
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getDetail()).contains("'year'");
    }

    @Test
    void malformedJsonNeverEchoesTheContent() throws Exception {
        String secret = "{\"sections\": {\"tuTuongChinhTri\": \"nội dung riêng tư\" ";
        Exception parse = null;
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(secret);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            parse = e;
        }
        var unreadable = new org.springframework.http.converter.HttpMessageNotReadableException("bad", parse,
                new org.springframework.mock.http.MockHttpInputMessage(new byte[0]));
        ProblemDetail problem = translator.known(unreadable).orElseThrow();
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).contains("JSON").doesNotContain("riêng tư", "tuTuongChinhTri");
    }

    private int status(Throwable t) {
        return translator.known(t).orElseThrow().getStatus();
    }
}
