package yearbook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import yearbook.model.CellRef;
import yearbook.model.Finding;
import yearbook.model.Severity;

/** Files that are not submissions: each is one finding saying why, never an exception. */
class NotASubmissionTest extends CorpusSupport {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({ "notes.docx, 文件类型, .docx", "report.csv, 文件类型, .csv", "~$report-basic.xlsx, 文件类型, 临时锁定文件",
            "zero.xlsx, 文件内容, 空文件", "corrupt.xlsx, 文件内容, 损坏", "renamed-docx.xlsx, 文件内容, 不是Excel工作簿",
            "empty-sheet.xlsx, 表头, 没有找到报表的表头行", "no-header.xlsx, 表头, 没有找到报表的表头行",
            "hidden-header-only.xlsx, 表头, 没有找到报表的表头行" })
    void isNotASubmission(String file, String rule, String saying) {
        Finding f = only(read(file));
        assertThat(f.rule()).isEqualTo(rule);
        assertThat(f.message()).contains(saying);
        assertThat(f.where()).isEqualTo(new CellRef(file, null));
        assertThat(f.valueSeen()).isEqualTo(file);
    }

    @Test
    void aPasswordProtectedXlsxIsReportedAsSuch() throws Exception {
        Path enc = tmp.resolve("加密.xlsx");
        // OPCPackage writes back on close: work on a copy, never on the committed corpus
        // file
        Path plain = Files.copy(CORPUS.resolve("report-basic.xlsx"), tmp.resolve("plain.xlsx"));
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OPCPackage pkg = OPCPackage.open(plain.toFile()); OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            }
            try (OutputStream out = Files.newOutputStream(enc)) {
                fs.writeFilesystem(out);
            }
        }
        Finding f = only(reader.read(enc, "加密.xlsx"));
        assertThat(f.rule()).isEqualTo("文件加密");
        assertThat(f.advice()).contains("密码");
    }

    @Test
    void aPasswordProtectedXlsIsReportedAsSuch() throws Exception {
        Path enc = tmp.resolve("加密.xls");
        try (InputStream in = Files.newInputStream(CORPUS.resolve("report-basic.xls"));
                HSSFWorkbook wb = new HSSFWorkbook(in)) {
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            try (OutputStream out = Files.newOutputStream(enc)) {
                wb.write(out);
            }
        }
        finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        Finding f = only(reader.read(enc, "加密.xls"));
        assertThat(f.rule()).isEqualTo("文件加密");
    }

    @Test
    void aZipBombIsAFindingNotAnOutOfMemoryError() throws IOException {
        Path bomb = tmp.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(CORPUS.resolve("report-basic.xlsx")));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(in.readAllBytes());
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 64; i++) {
                        out.write(blanks); // 64 MB of spaces: compresses ~1000:1
                    }
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        Finding f = only(reader.read(bomb, "bomb.xlsx"));
        assertThat(f.rule()).isEqualTo("文件内容");
        assertThat(f.message()).contains("异常膨胀");
    }

    @Test
    void theNameReceivedUnderDecidesTheType() {
        Finding f = only(reader.read(CORPUS.resolve("report-basic.xlsx"), "报表.txt"));
        assertThat(f.message()).contains("报表.txt").contains(".txt");
    }

    private static Finding only(ReadResult r) {
        assertThat(r).isInstanceOf(ReadResult.NotASubmission.class);
        assertThat(r.findings()).hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertReadable(r.findings());
        return f;
    }

}
