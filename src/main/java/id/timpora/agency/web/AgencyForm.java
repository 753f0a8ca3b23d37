package id.timpora.agency.web;

import id.timpora.agency.AgencyData;
import id.timpora.agency.AgencyType;
import id.timpora.agency.OrganisationLevel;
import id.timpora.common.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

class AgencyForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String name;

    @NotNull(message = "{validation.required}")
    private AgencyType type;

    @NotNull(message = "{validation.required}")
    private OrganisationLevel level;

    private List<String> regionCodes = new ArrayList<>();

    /** The region chosen in the picker, added to {@link #regionCodes} with the "add" button. */
    private String newRegionCode;

    @Size(max = 500, message = "{validation.tooLong}")
    private String address;

    @Size(max = 40, message = "{validation.tooLong}")
    @Pattern(regexp = "^$|^[0-9+()\\-. ]{6,40}$", message = "{validation.phone}")
    private String phone;

    @Size(max = 120, message = "{validation.tooLong}")
    @Email(message = "{validation.email}")
    private String email;

    private int version;

    static AgencyForm of(AgencyData data, int version) {
        AgencyForm form = new AgencyForm();
        form.name = data.name();
        form.type = data.type();
        form.level = data.level();
        form.regionCodes = new ArrayList<>(data.regionCodes());
        form.address = data.address();
        form.phone = data.phone();
        form.email = data.email();
        form.version = version;
        return form;
    }

    AgencyData toData() {
        return new AgencyData(
                name,
                type,
                level,
                new LinkedHashSet<>(regionCodes),
                Text.blankToNull(address),
                Text.blankToNull(phone),
                Text.blankToNull(email));
    }

    void addChosenRegion() {
        if (newRegionCode != null && !newRegionCode.isBlank() && !regionCodes.contains(newRegionCode.trim())) {
            regionCodes.add(newRegionCode.trim());
        }
        newRegionCode = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AgencyType getType() {
        return type;
    }

    public void setType(AgencyType type) {
        this.type = type;
    }

    public OrganisationLevel getLevel() {
        return level;
    }

    public void setLevel(OrganisationLevel level) {
        this.level = level;
    }

    public List<String> getRegionCodes() {
        return regionCodes;
    }

    public void setRegionCodes(List<String> regionCodes) {
        this.regionCodes = regionCodes == null ? new ArrayList<>() : new ArrayList<>(regionCodes);
    }

    public String getNewRegionCode() {
        return newRegionCode;
    }

    public void setNewRegionCode(String newRegionCode) {
        this.newRegionCode = newRegionCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
