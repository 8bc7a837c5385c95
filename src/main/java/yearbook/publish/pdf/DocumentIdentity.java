package yearbook.publish.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import yearbook.publish.YearReport;

/**
 * Document info and ID fixed from the report, not from the clock: the same year compiled
 * on the same day gives the same bytes, so a re-run can be compared with the last one.
 */
final class DocumentIdentity {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private DocumentIdentity() {
    }

    static void apply(PDDocument doc, YearReport report, String title) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(report.units().subdistrict().name());
        info.setSubject(report.periodLabel() + "统计汇编:主要指标、分领域数据、空气质量与数据完整性说明");
        info.setCreator("yearbook");
        info.setProducer("yearbook (Apache PDFBox)");
        Calendar compiled = GregorianCalendar.from(report.compiledOn().atStartOfDay(CHINA));
        info.setCreationDate(compiled);
        info.setModificationDate(compiled);

        byte[] id = Arrays.copyOf(
                sha256(report.subdistrictCode() + "|" + report.year() + "|" + report.compiledOn() + "|" + title), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
