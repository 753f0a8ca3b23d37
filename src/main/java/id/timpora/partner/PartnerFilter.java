package id.timpora.partner;

import id.timpora.organisation.OrganisationGroup;

/** The partner list's filters: text (name, NIB), lodgings or employers, only the quiet ones (no notice for 30 days). */
public record PartnerFilter(String text, OrganisationGroup group, boolean quiet) {}
