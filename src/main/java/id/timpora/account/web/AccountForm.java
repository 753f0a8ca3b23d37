package id.timpora.account.web;

import id.timpora.account.AccountData;
import id.timpora.account.Role;
import id.timpora.common.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

class AccountForm {

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "^$|^[A-Za-z0-9._-]{3,60}$", message = "{account.error.usernameFormat}")
    private String username;

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.tooLong}")
    private String displayName;

    @NotNull(message = "{validation.required}")
    private Role role;

    @NotNull(message = "{validation.required}")
    private Long agencyId;

    @Size(max = 120, message = "{validation.tooLong}")
    @Email(message = "{validation.email}")
    private String email;

    @Size(max = 40, message = "{validation.tooLong}")
    @Pattern(regexp = "^$|^[0-9+()\\-. ]{6,40}$", message = "{validation.phone}")
    private String phone;

    @Size(max = 120, message = "{validation.tooLong}")
    private String position;

    private int version;

    /** A new account, of the agency whose accounts the administrator came from (or none yet). */
    static AccountForm of(Long agencyId) {
        AccountForm form = new AccountForm();
        form.agencyId = agencyId;
        return form;
    }

    static AccountForm of(AccountData data, int version) {
        AccountForm form = new AccountForm();
        form.username = data.username();
        form.displayName = data.displayName();
        form.role = data.role();
        form.agencyId = data.agencyId();
        form.email = data.email();
        form.phone = data.phone();
        form.position = data.position();
        form.version = version;
        return form;
    }

    AccountData toData() {
        return new AccountData(
                username,
                displayName,
                role,
                agencyId,
                Text.blankToNull(email),
                Text.blankToNull(phone),
                Text.blankToNull(position));
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

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
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

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
