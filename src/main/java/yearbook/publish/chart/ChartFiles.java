package yearbook.publish.chart;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes each chart as PNG (1600×1000 pixels, drawn at 800×500 and scaled 2×, so the text
 * is as large relative to the chart as in the PDF) and as SVG (800×500).
 */
public final class ChartFiles {

    public static final int WIDTH = 800;

    public static final int HEIGHT = 500;

    private ChartFiles() {
    }

    public static void write(NamedChart chart, Path dir) {
        try {
            Files.createDirectories(dir);
            BufferedImage png = chart.chart().createBufferedImage(WIDTH * 2, HEIGHT * 2, WIDTH, HEIGHT, null);
            ImageIO.write(png, "png", dir.resolve(chart.fileName() + ".png").toFile());

            SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
            // A fixed prefix instead of the default time-based one: same chart, same
            // file.
            svg.setDefsKeyPrefix("yb-" + chart.fileName() + "-");
            chart.chart().draw(svg, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
            Files.writeString(dir.resolve(chart.fileName() + ".svg"), svg.getSVGDocument(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法写出图表 " + chart.fileName() + " 到 " + dir, e);
        }
    }

}
