package yearbook.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.model.Figure;
import yearbook.model.ProgressState;

/**
 * The mail a leader reads on a phone: what is behind target comes before the key figures.
 */
class DeliveryBodyTest {

    static final IndicatorCatalog CATALOG = IndicatorCatalog.load(Path.of("config/catalog.yaml"));
    static final UnitRegistry UNITS = UnitRegistry.load(Path.of("config/units.yaml"));

    @Test
    void theIndicatorsBehindTargetLead() {
        List<Figure> figures = List
            .of(new Figure(2023, "TANGZHA", "LIV_NEW_JOBS", new BigDecimal("180"), null, null, true, false, true));
        String text = DeliveryBody.text(CATALOG, UNITS, 2023, figures,
                List.of(new DeliveryBody.Behind("TANGZHA", "LIV_NEW_JOBS", new BigDecimal("7.826"),
                        new BigDecimal("50"), ProgressState.BEHIND),
                        new DeliveryBody.Behind("CHANGAN", "URB_RELOC_NONRESIDENT", null, new BigDecimal("50"),
                                ProgressState.MISSED)));
        assertThat(text).contains("· 新增就业人员:完成率 7.8%,时序进度 50.0%,滞后").contains("· 长岸社区 征收搬迁非居签约:完成率 —,时序进度 50.0%,未达标");
        assertThat(text.indexOf("落后于目标进度的指标")).isLessThan(text.indexOf("主要指标如下"));
        assertThat(DeliveryBody.text(CATALOG, UNITS, 2022, figures)).doesNotContain("落后于目标进度");
    }

}
