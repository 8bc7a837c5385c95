package yearbook.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every problem has its rule, message and advice in Chinese in
 * messages/reader_zh.properties.
 */
class MessagesTest {

    @Test
    void everyProblemHasItsTexts() {
        for (Problem p : Problem.values()) {
            for (String part : new String[] { ".rule", ".message", ".advice" }) {
                assertThat(Messages.has(p.name() + part)).as(p.name() + part).isTrue();
            }
            assertThat(Messages.rule(p)).containsPattern("\\p{IsHan}");
            assertThat(Messages.message(p, "甲", "乙", "丙", "丁", "戊")).doesNotContain("{0}").doesNotContain("{1}");
        }
    }

}
