package id.timpora.agency;

/** An agency with what its edit form needs besides the data: whether it is active and its version. */
public record AgencyDetails(long id, AgencyData data, boolean active, int version) {}
