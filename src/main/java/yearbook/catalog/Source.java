package yearbook.catalog;

/**
 * Who reports an indicator: each community its share, the sub-district one total, or a
 * monitoring station.
 */
public enum Source {

    COMMUNITY, STREET, STATION, DERIVED

}
