package yearbook.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CjkFontTest {

    private static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    @Test
    void configuredFontWithoutChineseIsRefusedWithAClearMessage() {
        Path latinOnly = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        assertThat(latinOnly).exists();
        assertThatThrownBy(() -> CjkFont.locate(latinOnly)).isInstanceOf(MissingCjkFontException.class)
            .hasMessageContaining("不含中文字形")
            .hasMessageContaining("DejaVuSans.ttf")
            .hasMessageContaining("fonts-wqy-microhei")
            .hasMessageContaining("yearbook.font");
    }

    @Test
    void configuredFontThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> CjkFont.locate(Path.of("/nowhere/msyh.ttc")))
            .isInstanceOf(MissingCjkFontException.class)
            .hasMessageContaining("配置的字体文件不存在")
            .hasMessageContaining("/nowhere/msyh.ttc")
            .hasMessageContaining("fonts-wqy-microhei");
    }

    @Test
    void configuredCollectionGivesItsChineseFace() {
        CjkFont f = CjkFont.locate(WQY);
        assertThat(f.file()).isEqualTo(WQY);
        assertThat(f.awt().canDisplayUpTo("唐闸镇街道")).isEqualTo(-1);
    }

    @Test
    void withoutConfigurationASystemFontIsFound() {
        CjkFont f = CjkFont.locate(null);
        assertThat(CjkFont.SYSTEM_CANDIDATES).contains(f.file().toString().replace('\\', '/'));
        assertThat(f.awt().canDisplayUpTo(CjkFont.PROBE)).isEqualTo(-1);
    }

    @Test
    void glyphsTheFaceLacksBecomeQuestionMarksNotBoxes() {
        CjkFont f = CjkFont.locate(WQY);
        assertThat(f.printable("唐闸\t▲+1.0%")).isEqualTo("唐闸 ▲+1.0%");
        assertThat(f.printable("\uD83D\uDE00")).isEqualTo("?");
    }

}
