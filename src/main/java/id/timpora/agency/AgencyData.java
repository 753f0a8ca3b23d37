package id.timpora.agency;

import java.util.Set;

/** What an admin enters for an agency; the service checks the rules only it can see. */
public record AgencyData(
        String name,
        AgencyType type,
        OrganisationLevel level,
        Set<String> regionCodes,
        String address,
        String phone,
        String email) {}
