package yearbook.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload larger than the limit before anything reads it (Spring Security's
 * CSRF check included, which would otherwise parse the whole multipart body): 413 with
 * the console's Chinese page. The multipart limits stay as a second line for a body
 * without Content-Length.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>413 · 文件太大</title><link rel="stylesheet" href="/css/console.css"></head>
            <body><main class="card narrow"><h1>413 · 文件太大</h1>
            <p>上传的文件太大:一次上报的文件合计不能超过 %s。请只选报表文件,或分几次上报。</p>
            <p><a href="/upload">返回上报页</a></p></main></body></html>
            """;

    private final ConsoleProperties props;

    UploadLimitFilter(ConsoleProperties props) {
        this.props = props;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > props.uploadLimit().toBytes()) {
            // written here, not through an error dispatch: that would be a POST again,
            // and its CSRF check would parse the very body this refuses
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Connection", "close");
            response.setHeader("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.getWriter().write(PAGE.formatted(props.uploadLimitText()));
            return;
        }
        chain.doFilter(request, response);
    }

}
