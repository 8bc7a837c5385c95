package yearbook.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file sent to the browser: always as an attachment (never shown inline, so a workbook
 * or CSV cannot be interpreted as a page), its name RFC 5987-encoded, its type fixed by
 * us, not sniffed.
 */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(byte[] content, String name) {
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .contentType(MediaType.parseMediaType(OutputFiles.contentType(name)))
            .body(content);
    }

}
