package id.timpora.organisation.web;

import id.timpora.common.Text;
import id.timpora.organisation.OrganisationData;
import id.timpora.organisation.OrganisationKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The organisation form: registration and edits. */
public class OrganisationForm {

    @NotNull(message = "{validation.required}")
    private OrganisationKind kind;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String name;

    @Size(max = 40, message = "{validation.tooLong}")
    private String registrationNumber;

    @Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "{organisation.error.country}")
    private String countryCode;

    @NotBlank(message = "{validation.required}")
    private String regionCode;

    @NotBlank(message = "{validation.required}")
    @Size(max = 500, message = "{validation.tooLong}")
    private String address;

    @Size(max = 120, message = "{validation.tooLong}")
    private String contactName;

    @Size(max = 30, message = "{validation.tooLong}")
    @Pattern(regexp = "^$|^[0-9+()\\-. ]{6,30}$", message = "{validation.phone}")
    private String contactPhone;

    @Size(max = 254, message = "{validation.tooLong}")
    @Email(message = "{validation.email}")
    private String contactEmail;

    private Long agencyId;

    private int version;

    public static OrganisationForm of(OrganisationData data, int version) {
        OrganisationForm form = new OrganisationForm();
        form.kind = data.kind();
        form.name = data.name();
        form.registrationNumber = data.registrationNumber();
        form.countryCode = data.countryCode();
        form.regionCode = data.regionCode();
        form.address = data.address();
        form.contactName = data.contactName();
        form.contactPhone = data.contactPhone();
        form.contactEmail = data.contactEmail();
        form.agencyId = data.agencyId();
        form.version = version;
        return form;
    }

    public OrganisationData toData() {
        return new OrganisationData(
                kind,
                Text.blankToNull(name),
                Text.blankToNull(registrationNumber),
                Text.blankToNull(countryCode),
                Text.blankToNull(regionCode),
                Text.blankToNull(address),
                Text.blankToNull(contactName),
                Text.blankToNull(contactPhone),
                Text.blankToNull(contactEmail),
                agencyId);
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
