package id.timpora.partner;

import id.timpora.report.Activity;
import id.timpora.report.PermitType;
import id.timpora.report.Sex;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A foreign guest's check-in at a lodging (#13). Check-in and check-out are local times of the organisation's desa.
 * {@code nationality} is an ISO 3166-1 alpha-2 code; {@code purpose} becomes the report's activity.
 */
public record GuestNoticeData(
        String fullName,
        String nationality,
        Sex sex,
        LocalDate birthDate,
        String passportNumber,
        LocalDate passportExpiry,
        PermitType permitType,
        String permitNumber,
        String room,
        LocalDateTime checkIn,
        LocalDateTime checkOut,
        Activity purpose) {}
