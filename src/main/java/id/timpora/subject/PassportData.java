package id.timpora.subject;

import java.time.LocalDate;

/** A further passport an officer links to a person: its nationality, number and the day it was seen or issued. */
public record PassportData(String nationality, String passportNumber, LocalDate seenOn) {}
