package id.timpora.organisation;

/** The organisation list's filters; null means "any". */
public record OrganisationFilter(String text, OrganisationGroup group, OrganisationKind kind, Boolean active) {

    public static OrganisationFilter none() {
        return new OrganisationFilter(null, null, null, null);
    }
}
