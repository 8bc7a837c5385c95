package yearbook.catalog;

/** What a reporting unit is. */
public enum UnitKind {

    SUBDISTRICT, COMMUNITY, STATION

}
