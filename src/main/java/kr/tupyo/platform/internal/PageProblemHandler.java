package kr.tupyo.platform.internal;

import java.util.Locale;
import kr.tupyo.platform.ErrorCode;
import kr.tupyo.platform.ProblemException;
import kr.tupyo.platform.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A coded refusal ({@link ProblemException}) that a page's controller did not turn into a message on its own
 * page: the error page with the refusal's own status and words, in the reader's language (an unknown area on
 * the public turnout page is a 422 saying so, not a 500 "something went wrong on our side" and an error in
 * the log). Only exception handling, no model attributes: an advice costs nothing per request until something
 * is thrown. The API's handler ({@link ApiExceptionHandler}) comes first, so REST controllers keep answering
 * problem+json.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblemHandler {

    private final Problems problems;

    PageProblemHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    ModelAndView problem(ProblemException e, Locale locale) {
        HttpStatus status = e.code().status();
        ErrorCode generic = ErrorPageController.codeFor(status);
        ModelAndView page = new ModelAndView("platform/error", status);
        page.addObject("status", status.value());
        page.addObject("code", generic.name());
        page.addObject("detail", problems.of(e, locale).getDetail());
        return page;
    }
}
