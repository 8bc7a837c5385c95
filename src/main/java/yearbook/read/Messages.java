package yearbook.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The reader's Chinese texts, from messages/reader_zh.properties (UTF-8), so that a
 * clerk's message can be improved without touching code. Placeholders are {0}, {1} …;
 * arguments are inserted as text (no MessageFormat: it would group digits and eat
 * apostrophes).
 */
final class Messages {

    static final String RESOURCE = "/messages/reader_zh.properties";

    private static final Properties TEXTS = load();

    private Messages() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("缺少 " + RESOURCE);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static String rule(Problem p) {
        return text(p.name() + ".rule");
    }

    static String message(Problem p, Object... args) {
        return fill(text(p.name() + ".message"), args);
    }

    static String advice(Problem p, Object... args) {
        return fill(text(p.name() + ".advice"), args);
    }

    static boolean has(String key) {
        return TEXTS.containsKey(key);
    }

    private static String text(String key) {
        String t = TEXTS.getProperty(key);
        if (t == null) {
            throw new IllegalStateException("缺少文字 " + key);
        }
        return t;
    }

    private static String fill(String template, Object... args) {
        String out = template;
        for (int i = 0; i < args.length; i++) {
            out = out.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return out;
    }

}
