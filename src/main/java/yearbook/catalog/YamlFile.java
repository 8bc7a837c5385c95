package yearbook.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads one of the files the office edits (catalog, registry) so that a mistake is reported by
 * file and line: a YAML syntax error by SnakeYAML's mark, a wrong entry by the line where the entry
 * starts (found in the node tree only when something is wrong).
 */
final class YamlFile {
    /** A problem in the n-th entry of a top-level list (indicators, groups, communities, stations). */
    static final class EntryProblem extends RuntimeException {
        final String list;
        final int index;

        EntryProblem(String list, int index, Throwable cause) {
            super(cause);
            this.list = list;
            this.index = index;
        }
    }

    private YamlFile() {
    }

    static <T> T load(Path file, String what, Function<Object, T> build) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取" + what + " " + file, e);
        }
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new CatalogFileException(what, file, line, "YAML 格式错误 — " + firstLine(e.getProblem()), e);
        } catch (YAMLException e) {
            throw new CatalogFileException(what, file, 0, "YAML 格式错误 — " + firstLine(e.getMessage()), e);
        }
        if (!(root instanceof java.util.Map<?, ?>)) {
            throw new CatalogFileException(what, file, 1, "文件是空的或不是「键: 值」的格式", null);
        }
        try {
            return build.apply(root);
        } catch (EntryProblem e) {
            throw new CatalogFileException(what, file, entryLine(text, e.list, e.index),
                    e.list + " 的第 " + (e.index + 1) + " 项: " + explain(e.getCause()), e.getCause());
        } catch (RuntimeException e) {
            throw new CatalogFileException(what, file, lineMentioning(text, e.getMessage()), explain(e), e);
        }
    }

    /** What went wrong in an entry, in the office's words rather than Java's. */
    static String explain(Throwable e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof NullPointerException) return "缺少必填项(如 code、name、kind)";
        if (e instanceof ClassCastException) return "格式不对(一项应写成 {code: …, name: …},列表写成 [a, b])";
        if (e instanceof NumberFormatException) return "应为数字";
        if (m.startsWith("No enum constant ")) {
            String constant = m.substring("No enum constant ".length());
            String type = constant.substring(0, constant.lastIndexOf('.'));
            String allowed = "";
            try {
                allowed = ",应为 " + java.util.Arrays.stream(Class.forName(type).getEnumConstants())
                        .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.joining("、"));
            } catch (ClassNotFoundException ignored) {
                // the allowed values stay unsaid
            }
            return "取值「" + constant.substring(constant.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) + "」不认识" + allowed;
        }
        return firstLine(m);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").strip();
    }

    /** The line where entry {@code index} of the top-level list {@code key} starts; 0 if not found. */
    static int entryLine(String text, String key, int index) {
        try {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(text));
            if (!(root instanceof MappingNode m)) return 0;
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
                        && t.getValueNode() instanceof SequenceNode seq && index < seq.getValue().size()) {
                    return seq.getValue().get(index).getStartMark().getLine() + 1;
                }
            }
        } catch (YAMLException ignored) {
            // the text loaded once already; a second parse failing leaves the line unknown
        }
        return 0;
    }

    /** The line defining the first code a message names (the last definition: a duplicate's); 0 if none. */
    private static int lineMentioning(String text, String message) {
        if (message == null) return 0;
        List<String> lines = text.lines().toList();
        for (String word : message.split("[^A-Za-z0-9_]+")) {
            if (word.length() < 2) continue;
            java.util.regex.Pattern def = java.util.regex.Pattern.compile(".*\\bcode:\\s*" + java.util.regex.Pattern.quote(word) + "\\b.*");
            int found = 0;
            for (int i = 0; i < lines.size(); i++) if (def.matcher(lines.get(i)).matches()) found = i + 1;
            if (found > 0) return found;
        }
        return 0;
    }
}
