package id.timpora.organisation;

/** A partner user to create for an organisation: the initial password is generated and shown once. */
public record PartnerUserData(String username, String displayName, String email, String phone) {}
