package yearbook.catalog;

/** An area of work (经济发展, 城市建管 …) that the reports are sectioned by. */
public record Group(String code, String name) {
}
