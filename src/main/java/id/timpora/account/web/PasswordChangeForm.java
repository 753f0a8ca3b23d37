package id.timpora.account.web;

import jakarta.validation.constraints.NotBlank;

class PasswordChangeForm {

    @NotBlank(message = "{validation.required}")
    private String currentPassword;

    @NotBlank(message = "{validation.required}")
    private String newPassword;

    @NotBlank(message = "{validation.required}")
    private String confirmPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
