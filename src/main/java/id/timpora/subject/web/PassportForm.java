package id.timpora.subject.web;

import id.timpora.subject.PassportData;
import java.time.LocalDate;

/** The form that links a further passport to a person (subject/show.html). */
public class PassportForm {

    private String nationality;
    private String passportNumber;
    private LocalDate seenOn;

    /** An empty form whose nationality is the person's: a renewed passport is most often of the same country. */
    static PassportForm of(String nationality) {
        PassportForm form = new PassportForm();
        form.nationality = nationality;
        return form;
    }

    PassportData toData() {
        return new PassportData(nationality, passportNumber, seenOn);
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public String getPassportNumber() {
        return passportNumber;
    }

    public void setPassportNumber(String passportNumber) {
        this.passportNumber = passportNumber;
    }

    public LocalDate getSeenOn() {
        return seenOn;
    }

    public void setSeenOn(LocalDate seenOn) {
        this.seenOn = seenOn;
    }
}
