package yearbook.publish.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one Chinese font of the PDF and the charts: a font file with its AWT face. Found at
 * the configured path (property yearbook.font) or among the usual system fonts; the JDK
 * ships no CJK font, so without one every Chinese glyph would print as a box: we refuse
 * instead.
 */
public record CjkFont(Path file, Font awt) {
    /**
     * Text every candidate must draw: the sub-district's name is the least a report
     * needs.
     */
    static final String PROBE = "唐闸镇街道";

    /** Tried in order when nothing is configured: Debian/Ubuntu, Windows, macOS. */
    static final List<String> SYSTEM_CANDIDATES = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/arphic/ukai.ttc", "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
            "C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/simhei.ttf", "C:/Windows/Fonts/simsun.ttc",
            "/System/Library/Fonts/PingFang.ttc", "/System/Library/Fonts/STHeiti Light.ttc",
            "/System/Library/Fonts/STHeiti Medium.ttc", "/Library/Fonts/Arial Unicode.ttf");

    static final String HINT = "请安装中文字体(Debian/Ubuntu: apt-get install fonts-wqy-microhei),"
            + "或用配置项 yearbook.font 指定一个含中文字形的字体文件 (.ttf/.ttc)。"
            + " / Install a Chinese font (Debian package fonts-wqy-microhei) or set the property"
            + " yearbook.font to a font file that has Chinese glyphs.";

    /**
     * @param configured the configured font file, or null to search the system. A
     * configured file that is missing or has no Chinese glyphs is an error: the office
     * asked for it.
     */
    public static CjkFont locate(Path configured) {
        if (configured != null) {
            if (!Files.isRegularFile(configured)) {
                throw new MissingCjkFontException(
                        "配置的字体文件不存在: " + configured + " / Configured font file not found: " + configured + "。" + HINT);
            }
            CjkFont f = load(configured);
            if (f == null) {
                throw new MissingCjkFontException("配置的字体文件不含中文字形: " + configured
                        + " / Configured font has no Chinese glyphs: " + configured + "。" + HINT);
            }
            return f;
        }
        List<String> tried = new ArrayList<>();
        for (String candidate : SYSTEM_CANDIDATES) {
            Path p = Path.of(candidate);
            if (!Files.isRegularFile(p)) {
                continue;
            }
            tried.add(candidate);
            CjkFont f = load(p);
            if (f != null) {
                return f;
            }
        }
        throw new MissingCjkFontException(
                "找不到可用的中文字体,无法生成 PDF 和图表" + (tried.isEmpty() ? "" : "(已尝试 " + String.join(", ", tried) + ")")
                        + " / No Chinese font found for the PDF and charts. " + HINT);
    }

    /** The first face of the file that draws Chinese, or null. */
    private static CjkFont load(Path file) {
        try {
            for (Font f : Font.createFonts(file.toFile())) {
                if (f.canDisplayUpTo(PROBE) == -1) {
                    return new CjkFont(file, f);
                }
            }
            return null;
        }
        catch (FontFormatException | IOException e) {
            return null;
        }
    }

    /** The face at a size: plain, as the PDF has no bold face to map a bold one to. */
    public Font at(float size) {
        return awt.deriveFont(Font.PLAIN, size);
    }

    /**
     * Characters the face cannot draw become ?, so a PDF never shows an empty box
     * silently.
     */
    public String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t') {
                b.append(' ');
            }
            else if (Character.isISOControl(cp)) {
                return;
            }
            else {
                b.appendCodePoint(awt.canDisplay(cp) ? cp : '?');
            }
        });
        return b.toString();
    }
}
