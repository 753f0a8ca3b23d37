package id.timpora.account;

/** What an admin enters for an account. The user name cannot change after creation. */
public record AccountData(
        String username, String displayName, Role role, Long agencyId, String email, String phone, String position) {}
