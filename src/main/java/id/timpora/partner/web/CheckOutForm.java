package id.timpora.partner.web;

import java.time.LocalDate;
import java.time.LocalTime;

/** The check-out of a guest: date and time, local to the desa. */
public class CheckOutForm {

    private LocalDate checkOutDate;
    private LocalTime checkOutTime;
    private int version;

    public LocalDate getCheckOutDate() {
        return checkOutDate;
    }

    public void setCheckOutDate(LocalDate checkOutDate) {
        this.checkOutDate = checkOutDate;
    }

    public LocalTime getCheckOutTime() {
        return checkOutTime;
    }

    public void setCheckOutTime(LocalTime checkOutTime) {
        this.checkOutTime = checkOutTime;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
