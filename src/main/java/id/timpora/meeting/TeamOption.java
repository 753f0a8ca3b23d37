package id.timpora.meeting;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A team a user may plan meetings for, with the zone its meeting times are entered in and its member agencies (the
 * invitation list puts them first and checks them).
 */
public record TeamOption(long id, String name, String zoneAbbreviation, List<Long> memberAgencyIds) {

    public TeamOption {
        memberAgencyIds = List.copyOf(memberAgencyIds);
    }

    /** The member agencies' ids as one attribute value for the page's script ("3 5 9"). */
    public String members() {
        return memberAgencyIds.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
