package id.timpora.organisation.web;

import id.timpora.common.Text;
import id.timpora.organisation.PartnerUserData;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new partner user of an organisation. */
public class PartnerUserForm {

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "^$|^[A-Za-z0-9._-]{3,60}$", message = "{account.error.usernameFormat}")
    private String username;

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.tooLong}")
    private String displayName;

    @Size(max = 120, message = "{validation.tooLong}")
    @Email(message = "{validation.email}")
    private String email;

    @Size(max = 40, message = "{validation.tooLong}")
    @Pattern(regexp = "^$|^[0-9+()\\-. ]{6,40}$", message = "{validation.phone}")
    private String phone;

    PartnerUserData toData() {
        return new PartnerUserData(
                Text.blankToNull(username),
                Text.blankToNull(displayName),
                Text.blankToNull(email),
                Text.blankToNull(phone));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
