package yearbook.catalog;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one of the files the office edits (catalog, registry) as SnakeYAML's node tree,
 * which keeps the line of every key and value, so that each mistake found later can be
 * reported at its line.
 */
final class YamlFile {

    private YamlFile() {
    }

    /**
     * @throws CatalogFileException for a YAML syntax error or a file that is not a
     * mapping
     */
    static MappingNode read(Path file, String what) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法读取" + what + " " + file, e);
        }
        ConfigProblems problems = new ConfigProblems();
        Node root = null;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        }
        catch (MarkedYAMLException e) {
            problems.at(e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0,
                    "YAML 格式错误 — " + firstLine(e.getProblem()));
        }
        catch (YAMLException e) {
            problems.at(0, "YAML 格式错误 — " + firstLine(e.getMessage()));
        }
        if (problems.isEmpty() && !(root instanceof MappingNode)) {
            problems.at(1, "文件是空的或不是「键: 值」的格式");
        }
        problems.throwIfAny(what, file);
        return (MappingNode) root;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").strip();
    }

}
