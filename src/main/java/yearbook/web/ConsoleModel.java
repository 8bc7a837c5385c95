package yearbook.web;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import yearbook.account.ConsoleUser;
import yearbook.catalog.UnitRegistry;
import yearbook.job.RunHistory;

/**
 * What every page's navigation bar needs: who is signed in, the sub-district's name, the
 * years to choose from.
 */
@ControllerAdvice
@ConditionalOnWebApplication
class ConsoleModel {

    private final UnitRegistry units;

    private final RunHistory history;

    ConsoleModel(UnitRegistry units, RunHistory history) {
        this.units = units;
        this.history = history;
    }

    @ModelAttribute("me")
    ConsoleUser me(@AuthenticationPrincipal ConsoleUser me) {
        return me;
    }

    @ModelAttribute("subdistrict")
    String subdistrict() {
        return units.subdistrict().name();
    }

    @ModelAttribute("myUnit")
    String myUnit(@AuthenticationPrincipal ConsoleUser me) {
        return me == null || me.unitCode() == null ? null : units.nameOf(me.unitCode());
    }

    /** Years with files or runs, and this year, newest first. */
    List<Integer> years() {
        TreeSet<Integer> y = new TreeSet<>(history.years());
        y.add(LocalDate.now().getYear());
        return List.copyOf(y.descendingSet());
    }

    /** The year a page shows when none is asked for: the newest with files or runs. */
    int defaultYear() {
        List<Integer> known = history.years();
        return known.isEmpty() ? LocalDate.now().getYear() : known.get(0);
    }

}
