package yearbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A browser's file name is a label: never a path, and the bytes decide the extension. */
class UploadNameTest {

    static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00 };
    static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1, 0, 0 };
    static final byte[] TEXT = "just some text here".getBytes();

    @Test
    void onlyTheLastSegmentWithoutControlCharacters() {
        assertThat(UploadName.of("../../etc/横河.xlsx", ZIP)).isEqualTo("横河.xlsx");
        assertThat(UploadName.of("C:\\Users\\clerk\\横河.xlsx", ZIP)).isEqualTo("横河.xlsx");
        assertThat(UploadName.of("a\u0000b\nc.xlsx", ZIP)).isEqualTo("abc.xlsx");
        assertThat(UploadName.of("..", ZIP)).isEqualTo("上报文件.xlsx");
        assertThat(UploadName.of(null, TEXT)).isEqualTo("上报文件");
        assertThat(UploadName.of(".hidden.xlsx", ZIP)).isEqualTo("hidden.xlsx");
        assertThat(UploadName.of("x".repeat(500) + ".xlsx", ZIP)).hasSize(UploadName.MAX_LENGTH).endsWith(".xlsx");
    }

    @Test
    void theContentDecidesTheExtension() {
        assertThat(UploadName.of("报表.pdf", ZIP)).isEqualTo("报表.xlsx");
        assertThat(UploadName.of("报表.xlsx", OLE2)).isEqualTo("报表.xls");
        assertThat(UploadName.of("报表.xlsm", ZIP)).isEqualTo("报表.xlsm");
        assertThat(UploadName.of("报表", ZIP)).isEqualTo("报表.xlsx");
        // not a workbook: its own name stays, and the reader says what it is not
        assertThat(UploadName.of("报表.xlsx", TEXT)).isEqualTo("报表.xlsx");
    }

}
