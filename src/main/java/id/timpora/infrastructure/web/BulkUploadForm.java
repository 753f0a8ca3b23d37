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
        if (file == null
                || file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank())) {
            binding.rejectValue("file", "bulk.file.missing");
            return false;
        }
        return true;
    }

    public static void refuse(BindingResult binding, BulkFileRefused refused) {
        binding.rejectValue("file", refused.messageKey(), refused.arguments(), refused.messageKey());
    }
}
