package yearbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class NamesTest {

    /** The rule as first written, without the fast path for plain text. */
    private static String reference(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        n = n.replaceAll("[\\s\\u00A0\\u3000]+", "");
        n = n.replaceFirst("^其中[::]?", "");
        return n.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'');
    }

    @Test
    void fastPathGivesWhatFullNormalisationGives() {
        String[] names = { "新增就业人数", "其中:高技术制造业投资", "其中：高技术服务业投资", "其中 高技术", " 社区 名称 ", "ＰＭ２.５", "PM2.5（μg/m³）", "万m²",
                "a\u00A0b\u3000c\td", "“引号”", "豈", "㎡", "Ｏ３", "ABC def", "", "其中", "本期数(万元)", "\u2003全角空格\u2003" };
        for (String s : names) {
            assertThat(Names.normalize(s)).as(s).isEqualTo(reference(s));
        }
    }

}
