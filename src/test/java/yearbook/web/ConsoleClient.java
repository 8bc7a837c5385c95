package yearbook.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client with its own cookie jar, as a browser without JavaScript: it reads
 * the CSRF token from the page's form, posts forms and multipart uploads, and never
 * follows redirects (the tests look at them).
 */
final class ConsoleClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final ConsoleServer server;

    final CookieManager cookies = new CookieManager();

    private final HttpClient http;

    ConsoleClient(ConsoleServer server) {
        this.server = server;
        this.http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    }

    static ConsoleClient signedIn(ConsoleServer server, String login) throws Exception {
        ConsoleClient c = new ConsoleClient(server);
        HttpResponse<String> r = c.login(login, server.passwords.get(login));
        if (r.statusCode() != 302 || !r.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new AssertionError("login of " + login + " failed: " + r.statusCode() + " " + r.headers().map());
        }
        return c;
    }

    HttpResponse<String> login(String login, String password) throws Exception {
        String token = csrf("/login");
        return postForm("/login", Map.of("username", login, "password", password, "_csrf", token));
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The CSRF token of the first form on a page. */
    String csrf(String page) throws Exception {
        Matcher m = CSRF.matcher(get(page).body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + page);
        }
        return m.group(1);
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((k, v) -> body
            .add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path)))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * POST /upload with one file under the name a browser would send; token null: no CSRF
     * field at all.
     */
    HttpResponse<String> upload(String fileName, byte[] content, String token) throws Exception {
        return upload(Map.of(fileName, content), token);
    }

    /** Several files in one upload (the office's way). */
    HttpResponse<String> upload(Map<String, byte[]> files, String token) throws Exception {
        String boundary = "----yearbook" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (token != null) {
            part(body, boundary, "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token);
        }
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
            body.write(f.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(server.url("/upload")))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> upload(String fileName, byte[] content) throws Exception {
        return upload(fileName, content, csrf("/upload"));
    }

    private static void part(ByteArrayOutputStream body, String boundary, String text) throws IOException {
        body.write(("--" + boundary + "\r\n" + text + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

}
