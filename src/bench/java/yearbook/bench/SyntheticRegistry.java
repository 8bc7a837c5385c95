package yearbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A unit registry (units.yaml) with as many communities and stations as a scale needs. The real
 * registry knows 14 communities; the first 14 synthetic ones are those, the rest get two-character
 * names built from a fixed list (three characters once
 * the two-character ones run out, past 3,400), so that every name is unique and reads like a community's name.
 */
final class SyntheticRegistry {
    /** Characters of place names; none of them is in the sub-district's own name, so no alias collides. */
    private static final String CHARS = "春华新园东西南北中和平安康宁泰兴盛福祥瑞丰乐康永长青松竹梅兰桂荷芳翠云霞光明振德仁义礼信忠孝锦绣江河湖海山川林泉桥港湾塘";

    record Unit(String code, String name) {
    }

    private final List<Unit> communities;
    private final List<Unit> stations;

    private SyntheticRegistry(List<Unit> communities, List<Unit> stations) {
        this.communities = communities;
        this.stations = stations;
    }

    static SyntheticRegistry of(List<Unit> realCommunities, int communityCount, int stationCount) {
        List<Unit> c = new ArrayList<>();
        for (int i = 0; i < Math.min(communityCount, realCommunities.size()); i++) {
            c.add(realCommunities.get(i));
        }
        int n = CHARS.length();
        Set<String> taken = new HashSet<>();
        for (Unit u : c) {
            taken.add(u.name());
        }
        // Two characters first (the names of scales a–c stay what they were), then three (a province: 20,000).
        for (int k = 0; c.size() < communityCount; k++) {
            if (k >= n * n + n * n * n) {
                throw new IllegalArgumentException("too many communities: " + communityCount);
            }
            String stem;
            if (k < n * n) {
                char a = CHARS.charAt(k / n), b = CHARS.charAt(k % n);
                if (a == b) {
                    continue;
                }
                stem = "" + a + b;
            } else {
                int j = k - n * n;
                char a = CHARS.charAt(j / (n * n)), b = CHARS.charAt(j / n % n), d = CHARS.charAt(j % n);
                if (a == b || b == d) {
                    continue;
                }
                stem = "" + a + b + d;
            }
            String name = stem + "社区";
            if (!taken.add(name)) {
                continue;
            }
            c.add(new Unit(String.format("SYN%04d", c.size()), name));
        }
        List<Unit> s = new ArrayList<>();
        for (int i = 0; i < stationCount; i++) {
            char a = CHARS.charAt((i * 7) % n), b = CHARS.charAt((i * 13 + 5) % n);
            s.add(new Unit(String.format("ST%03d", i), "" + a + b + String.format("%03d", i) + "监测站"));
        }
        return new SyntheticRegistry(c, s);
    }

    List<Unit> communities() { return communities; }

    List<Unit> stations() { return stations; }

    void write(Path file) throws IOException {
        StringBuilder y = new StringBuilder("""
                # Synthetic registry written by yearbook.bench for a benchmark run.
                subdistrict:
                  code: TANGZHA
                  name: 唐闸镇街道
                  aliases: [唐闸镇街道办事处, 唐闸街道, 唐闸镇, 唐闸街道办事处, 街道统计站]
                communities:
                """);
        for (Unit u : communities) {
            String shortName = u.name().replace("社区", "");
            y.append(String.format("  - {code: %s, name: %s, aliases: [%s, %s居委会]}%n", u.code(), u.name(), shortName, u.name()));
        }
        // An empty key reads as null in the registry loader: write an empty list.
        y.append(stations.isEmpty() ? "stations: []\n" : "stations:\n");
        for (Unit u : stations) {
            y.append(String.format("  - {code: %s, name: %s}%n", u.code(), u.name()));
        }
        Files.writeString(file, y.toString(), StandardCharsets.UTF_8);
    }
}
