package id.timpora.report.mrz;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * ICAO three-letter codes of states (Doc 9303 Part 3) mapped to the ISO 3166-1 alpha-2 codes the application stores
 * ({@code report.Countries}). The ordinary codes are ISO 3166-1 alpha-3 and come from {@link Locale}; the special ones
 * either map with a note ({@code D} is Germany, {@code GBD}/{@code GBN}/… are British nationals of other kinds) or
 * have no country at all (stateless persons, refugees, the United Nations, the EU, Kosovo — which is not in the
 * application's ISO list — and the fictional Utopia of the ICAO specimens): then the nationality stays empty and a
 * note says why.
 */
public final class MrzCountries {

    /** Where a three-letter code leads: an ISO alpha-2 country (or none) and an optional note key. */
    public record State(String icaoCode, String country, String note) {

        public boolean known() {
            return country != null || note != null;
        }
    }

    private static final Map<String, String> ALPHA3 = new HashMap<>();
    private static final Map<String, State> SPECIAL = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            try {
                String alpha3 = new Locale("", alpha2).getISO3Country();
                if (!alpha3.isEmpty()) {
                    ALPHA3.put(alpha3, alpha2);
                }
            } catch (MissingResourceException e) {
                // a country without an alpha-3 code cannot appear in an MRZ
            }
        }
        special("D", "DE", null);
        special("GBD", "GB", "mrz.state.GBD");
        special("GBN", "GB", "mrz.state.GBN");
        special("GBO", "GB", "mrz.state.GBO");
        special("GBP", "GB", "mrz.state.GBP");
        special("GBS", "GB", "mrz.state.GBS");
        special("UNO", null, "mrz.state.UNO");
        special("UNA", null, "mrz.state.UNA");
        special("UNK", null, "mrz.state.UNK");
        special("RKS", null, "mrz.state.RKS");
        special("EUE", null, "mrz.state.EUE");
        special("XXA", null, "mrz.state.XXA");
        special("XXB", null, "mrz.state.XXB");
        special("XXC", null, "mrz.state.XXC");
        special("XXX", null, "mrz.state.XXX");
        special("UTO", null, "mrz.state.UTO");
        for (String organisation :
                new String[] {"XBA", "XIM", "XCC", "XCE", "XCO", "XEC", "XPO", "XES", "XMP", "XDC", "XOM", "XAU"}) {
            special(organisation, null, "mrz.state.organisation");
        }
    }

    private MrzCountries() {}

    private static void special(String code, String country, String note) {
        SPECIAL.put(code, new State(code, country, note));
    }

    /** The state of a three-letter field as written, fillers included ({@code "D<<"}, {@code "UTO"}). */
    public static State of(String field) {
        String code = field == null ? "" : field.replace("<", "");
        State special = SPECIAL.get(code);
        if (special != null) {
            return special;
        }
        return new State(code, ALPHA3.get(code), null);
    }
}
