package yearbook.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import yearbook.publish.pdf.PdfTable.Column;

class PdfTableTest {

    private final CjkFont cjk = CjkFont.locate(null);

    @Test
    void longTablesContinueOnNewPagesWithTheirHeader() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument(); PdfFont font = PdfFont.load(doc, cjk)) {
            Canvas c = new Canvas(doc, font.font(), cjk);
            c.newPage();
            PdfTable t = new PdfTable(9f, new Column("指标名称", 3, false), new Column("数值", 1, true));
            for (int i = 1; i <= 120; i++) {
                t.row("第" + i + "行" + (i % 10 == 0 ? "很长的指标名称需要换行显示".repeat(4) : ""), Integer.toString(i * 7));
            }
            t.draw(c);
            c.close();
            doc.save(bytes);
        }
        try (PDDocument doc = Loader.loadPDF(bytes.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(doc)).as("page " + p).contains("指标名称");
            }
            stripper.setStartPage(1);
            stripper.setEndPage(doc.getNumberOfPages());
            assertThat(stripper.getText(doc)).contains("第1行", "第120行", "840");
        }
    }

    @Test
    void wrappedLinesFitTheirWidthAndKeepNumbersWhole() throws IOException {
        try (PDDocument doc = new PDDocument(); PdfFont font = PdfFont.load(doc, cjk)) {
            Canvas c = new Canvas(doc, font.font(), cjk);
            String text = "臭氧日最大8小时第90百分位数(唐闸公园站)完成服务业限上批零销售额130.61亿元,同比增幅14.69%";
            List<String> lines = c.wrap(text, 10, 120);
            assertThat(lines).hasSizeGreaterThan(2);
            for (String l : lines) {
                assertThat(c.textWidth(l, 10)).isLessThanOrEqualTo(120);
            }
            assertThat(String.join("", lines)).isEqualTo(text);
            assertThat(lines).anyMatch(l -> l.contains("130.61"));
        }
    }

}
