package yearbook.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The mistakes found in one file the office edits, each with its line, collected so that
 * the office sees every one of them at once instead of fixing them one run at a time.
 */
final class ConfigProblems {

    /**
     * One mistake: the 1-based line (0 when not at a line) and what is wrong, in the
     * office's words.
     */
    record Problem(int line, String text) {
    }

    private final List<Problem> list = new ArrayList<>();

    /** The 1-based line where a node starts. */
    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    void at(Node node, String text) {
        at(line(node), text);
    }

    void at(int line, String text) {
        list.add(new Problem(line, text));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** The mistakes in the order of the file. */
    List<Problem> inLineOrder() {
        return list.stream().sorted(Comparator.comparingInt(Problem::line)).toList();
    }

    /**
     * @throws CatalogFileException with every mistake, when there is any
     */
    void throwIfAny(String what, Path file) {
        if (!list.isEmpty()) {
            throw new CatalogFileException(what, file, inLineOrder());
        }
    }

}
