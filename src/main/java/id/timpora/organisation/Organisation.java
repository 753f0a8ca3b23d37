package id.timpora.organisation;

import java.time.Instant;

/** An organisation as stored (#13): a lodging, employer, sponsor or foreign organisation in one desa. */
public record Organisation(
        long id,
        OrganisationKind kind,
        String name,
        String registrationNumber,
        String countryCode,
        String regionCode,
        String address,
        String contactName,
        String contactPhone,
        String contactEmail,
        long registeredByAgencyId,
        String registeredByAgencyName,
        boolean active,
        int version,
        Instant createdAt) {

    public OrganisationData toData() {
        return new OrganisationData(
                kind,
                name,
                registrationNumber,
                countryCode,
                regionCode,
                address,
                contactName,
                contactPhone,
                contactEmail,
                registeredByAgencyId);
    }
}
