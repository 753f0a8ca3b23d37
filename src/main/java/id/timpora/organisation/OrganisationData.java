package id.timpora.organisation;

/**
 * What an officer enters for an organisation. {@code agencyId} is the registering agency, chosen only by
 * administrators (an officer registers for their own agency); null otherwise.
 */
public record OrganisationData(
        OrganisationKind kind,
        String name,
        String registrationNumber,
        String countryCode,
        String regionCode,
        String address,
        String contactName,
        String contactPhone,
        String contactEmail,
        Long agencyId) {}
