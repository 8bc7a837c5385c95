package yearbook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The streamed cells are the user model's cells: every sheet, row and cell (kind, text,
 * number, date, shown text) of every LibreOffice-made .xlsx/.xlsm of the corpus reads the
 * same both ways.
 */
class StreamingEquivalenceTest {

    /**
     * Records every sheet and row a walker delivers, reading all visible sheets to the
     * end.
     */
    private static final class Recorder implements RowSink {

        final List<String> lines = new ArrayList<>();

        @Override
        public boolean startSheet(String name) {
            lines.add("sheet " + name);
            return true;
        }

        @Override
        public Next row(int index, List<GridCell> cells) {
            if (!cells.isEmpty()) {
                lines.add(index + " " + cells);
            }
            return Next.MORE;
        }

        @Override
        public boolean endSheet() {
            return false;
        }

    }

    @Test
    void everyCorpusWorkbookStreamsToTheSameCellsAsTheUserModel() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(CorpusSupport.CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".xlsm"))
                .filter(StreamingEquivalenceTest::isWorkbook)
                .sorted()
                .toList();
        }
        assertThat(files).hasSizeGreaterThan(25);
        int lines = 0;
        for (Path f : files) {
            Recorder userModel = new Recorder();
            new SheetWalker().walk(f, userModel);
            Recorder streamed = new Recorder();
            new StreamingSheetWalker(ReadLimits.DEFAULTS).walk(f, streamed);
            assertThat(streamed.lines).as(f.getFileName().toString()).isEqualTo(userModel.lines);
            lines += userModel.lines.size();
        }
        assertThat(lines).as("sheets and rows compared").isGreaterThan(250);
    }

    /**
     * The corpus also holds broken and foreign files on purpose; those are
     * NotASubmissionTest's.
     */
    private static boolean isWorkbook(Path p) {
        String n = p.getFileName().toString();
        return !n.startsWith("~$") && !n.equals("corrupt.xlsx") && !n.equals("renamed-docx.xlsx")
                && !n.equals("zero.xlsx");
    }

}
