package id.timpora.infrastructure.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A short help page: how the work flows, and a glossary of the terms the pages use (APOA, ITAS, overstay...). */
@Controller
class HelpController {

    /** The glossary's terms, in this order; each has help.term.X and help.define.X in the message bundles. */
    static final List<String> TERMS = List.of(
            "TIMPORA",
            "LEVELS",
            "KANIM",
            "KESBANGPOL",
            "APOA",
            "BEBAS_VISA",
            "VOA",
            "ITK",
            "ITAS",
            "ITAP",
            "PENJAMIN",
            "OVERSTAY",
            "TINDAKAN_ADMINISTRATIF",
            "RAKOR",
            "OPERASI_GABUNGAN");

    /** The steps of a report, in order; each has help.step.X. */
    static final List<String> STEPS =
            List.of("BARU", "DITELAAH", "TERVERIFIKASI", "TINDAK_LANJUT", "SELESAI", "DITOLAK");

    @GetMapping("/bantuan")
    String help(Model model) {
        model.addAttribute("terms", TERMS);
        model.addAttribute("steps", STEPS);
        return "help";
    }
}
