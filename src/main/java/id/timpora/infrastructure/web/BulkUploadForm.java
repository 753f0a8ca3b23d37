package id.timpora.infrastructure.web;

import id.timpora.infrastructure.bulk.BulkFileRefused;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload form of every bulk upload (fragments/bulk :: upload): one file. A refused file comes back beside the
 * field and in the summary, through {@link #refuse}.
 */
public class BulkUploadForm {

    private MultipartFile file;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    /** Whether a file was chosen; if not, says so beside the field. */
    public boolean hasFile(BindingResult binding) {
        MultipartFile chosen = file;
        String name = chosen == null ? null : chosen.getOriginalFilename();
        boolean none = chosen == null || (chosen.isEmpty() && (name == null || name.isBlank()));
        if (none) {
            binding.rejectValue("file", "bulk.file.missing");
        }
        return !none;
    }

    /** Puts the reason a file was refused beside the field (and so in the summary). */
    public void refuse(BindingResult binding, BulkFileRefused refused) {
        binding.rejectValue("file", refused.messageKey(), refused.arguments(), null);
    }
}
