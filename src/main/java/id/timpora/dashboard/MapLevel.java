package id.timpora.dashboard;

/** What the map shows: Indonesia by province, or one province by kabupaten/kota. */
public enum MapLevel {
    PROVINCE,
    REGENCY
}
