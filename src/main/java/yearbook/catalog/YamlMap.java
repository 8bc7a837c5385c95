package yearbook.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One {@code {key: value}} mapping of a file the office edits, read key by key. A value
 * that is missing, of the wrong shape or not a number where one is due is noted with its
 * line, and reads as absent, so that reading goes on and every mistake of the file is
 * found in one pass.
 */
final class YamlMap {

    private static final Set<String> TRUE = Set.of("true", "yes", "on");

    private static final Set<String> FALSE = Set.of("false", "no", "off");

    private final Node node;

    private final ConfigProblems problems;

    private final Map<String, NodeTuple> tuples = new LinkedHashMap<>();

    /**
     * Keys written a second time: noted by {@link #allowOnly} or {@link #duplicates},
     * once the label names the entry.
     */
    private final List<Node> repeated = new ArrayList<>();

    /** How the office calls this entry in a message: 比率指标 SAF_X, 单位 HENGHE, charts. */
    private String label;

    YamlMap(Node node, ConfigProblems problems, String label) {
        this.node = node;
        this.problems = problems;
        this.label = label;
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    problems.at(t.getKeyNode(), who() + "的键应是一个词");
                }
                else if (tuples.containsKey(k.getValue())) {
                    repeated.add(k);
                }
                else {
                    tuples.put(k.getValue(), t);
                }
            }
        }
        else if (!isNull(node)) {
            problems.at(node, who() + "应写成「键: 值」的形式,如 {code: …, name: …}");
        }
    }

    static boolean isNull(Node n) {
        return n == null || n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    String label() {
        return label;
    }

    /**
     * The label as the subject of a message: a space after a code (比率指标 SAF_X 缺少 …), none
     * after Chinese (目录缺少 …), as Chinese text is set.
     */
    String who() {
        char last = label.charAt(label.length() - 1);
        return last < 0x80 ? label + " " : label;
    }

    void relabel(String label) {
        this.label = label;
    }

    /** The line where the mapping starts. */
    int line() {
        return ConfigProblems.line(node);
    }

    /** The line of a key's value, else of the mapping. */
    int lineOf(String key) {
        Node v = value(key);
        return v != null ? ConfigProblems.line(v) : line();
    }

    Set<String> keys() {
        return tuples.keySet();
    }

    /** A key's value; null when absent or written empty ({@code parent:}). */
    Node value(String key) {
        NodeTuple t = tuples.get(key);
        return t == null || isNull(t.getValueNode()) ? null : t.getValueNode();
    }

    boolean has(String key) {
        return value(key) != null;
    }

    void problem(String key, String text) {
        problems.at(lineOf(key), text);
    }

    /** Notes every key written twice. */
    void duplicates() {
        for (Node k : repeated) {
            problems.at(k, who() + "的 " + ((ScalarNode) k).getValue() + " 写了两次");
        }
        repeated.clear();
    }

    /**
     * Notes every key not in {@code allowed}, naming the keys that are, and every key
     * written twice.
     */
    void allowOnly(Collection<String> allowed) {
        duplicates();
        for (var e : tuples.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problems.at(e.getValue().getKeyNode(),
                        who() + "有不认识的键 " + e.getKey() + "(可用的键: " + String.join("、", allowed) + ")");
            }
        }
    }

    /** Notes a key this entry may not have, with the reason. */
    void refuse(String key, String why) {
        NodeTuple t = tuples.get(key);
        if (t != null) {
            problems.at(t.getKeyNode(), who() + "不应有 " + key + "(" + why + ")");
        }
    }

    String text(String key) {
        Node v = value(key);
        if (v == null) {
            return null;
        }
        if (v instanceof ScalarNode s) {
            return s.getValue().strip();
        }
        problems.at(v, who() + "的 " + key + " 应是一个值,不是列表或映射");
        return null;
    }

    /** A value that must be there and not blank. */
    String required(String key) {
        String t = text(key);
        if (t == null && !has(key)) {
            problems.at(line(), who() + "缺少 " + key);
        }
        else if (t != null && t.isEmpty()) {
            problem(key, who() + "的 " + key + " 是空的");
        }
        return t == null || t.isEmpty() ? null : t;
    }

    BigDecimal decimal(String key) {
        String t = text(key);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t.replace("_", ""));
        }
        catch (NumberFormatException e) {
            problem(key, who() + "的 " + key + " 应为数字,写的是「" + t + "」");
            return null;
        }
    }

    /** A number above zero (a maximum, a threshold). */
    BigDecimal positive(String key) {
        BigDecimal d = decimal(key);
        if (d != null && d.signum() <= 0) {
            problem(key, who() + "的 " + key + " 应大于 0,写的是 " + d.toPlainString());
            return null;
        }
        return d;
    }

    /** A number of zero or more (a tolerance). */
    BigDecimal nonNegative(String key) {
        BigDecimal d = decimal(key);
        if (d != null && d.signum() < 0) {
            problem(key, who() + "的 " + key + " 不应为负数,写的是 " + d.toPlainString());
            return null;
        }
        return d;
    }

    /** A whole number from {@code min} to {@code max}. */
    Integer integer(String key, int min, int max) {
        Node v = value(key);
        return v == null ? null : integer(v, key, min, max);
    }

    Integer integer(Node v, String what, int min, int max) {
        String t = v instanceof ScalarNode s ? s.getValue().strip() : null;
        try {
            int n = Integer.parseInt(t == null ? "x" : t.replace("_", ""));
            if (n >= min && n <= max) {
                return n;
            }
        }
        catch (NumberFormatException e) {
            // said below
        }
        problems.at(v,
                who() + "的 " + what + " 应为 " + min + " 到 " + max + " 的整数,写的是「" + (t == null ? "列表或映射" : t) + "」");
        return null;
    }

    /** true or false (also yes/no, on/off, as YAML allows); absent: false. */
    boolean bool(String key) {
        String t = text(key);
        if (t == null) {
            return false;
        }
        String l = t.toLowerCase(Locale.ROOT);
        if (TRUE.contains(l)) {
            return true;
        }
        if (!FALSE.contains(l)) {
            problem(key, who() + "的 " + key + " 应为 true 或 false,写的是「" + t + "」");
        }
        return false;
    }

    /** A list of values ({@code [a, b]}); a single value is taken as a list of one. */
    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        for (Node n : items(key)) {
            if (n instanceof ScalarNode s && !isNull(s)) {
                out.add(s.getValue().strip());
            }
            else {
                problems.at(n, who() + "的 " + key + " 的每一项应是一个值");
            }
        }
        return out;
    }

    /**
     * The items of a list value; an absent key or a single value is noted as needing a
     * list.
     */
    List<Node> items(String key) {
        Node v = value(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof SequenceNode s) {
            return s.getValue();
        }
        if (v instanceof ScalarNode) {
            return List.of(v);
        }
        problems.at(v, who() + "的 " + key + " 应是一个列表,如 [a, b]");
        return List.of();
    }

    /** A mapping value, read on with its own label. */
    YamlMap map(String key, String label) {
        return new YamlMap(value(key), problems, label);
    }

}
