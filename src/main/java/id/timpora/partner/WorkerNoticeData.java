package id.timpora.partner;

import id.timpora.report.PermitType;
import id.timpora.report.Sex;
import java.time.LocalDate;

/** A foreign worker at a company or a sponsor (#13). {@code nationality} is an ISO 3166-1 alpha-2 code. */
public record WorkerNoticeData(
        String fullName,
        String nationality,
        Sex sex,
        LocalDate birthDate,
        String passportNumber,
        LocalDate passportExpiry,
        PermitType permitType,
        String permitNumber,
        String position,
        String workLocation,
        LocalDate startDate,
        LocalDate endDate) {}
