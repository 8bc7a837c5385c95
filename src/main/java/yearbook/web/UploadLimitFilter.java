package yearbook.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload larger than the limit before anything reads it (Spring Security's CSRF check
 * included, which would otherwise parse the whole multipart body): 413 with the console's Chinese
 * page. The multipart limits stay as a second line for a body without Content-Length.
 */
class UploadLimitFilter extends OncePerRequestFilter {
    static final String TOO_LARGE = "yearbook.upload.tooLarge";

    private final ConsoleProperties props;

    UploadLimitFilter(ConsoleProperties props) {
        this.props = props;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > props.uploadLimit().toBytes()) {
            request.setAttribute(TOO_LARGE, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
