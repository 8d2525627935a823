package cn.dangjian.org.web;

import java.time.LocalDate;

import cn.dangjian.org.FormApproval;

/** The higher organization's approval of an organization's form, as posted by the browser or the API. */
public class FormApprovalForm {

    private LocalDate approvedOn;
    private String reference;
    private int version;

    public LocalDate getApprovedOn() { return approvedOn; }
    public void setApprovedOn(LocalDate approvedOn) { this.approvedOn = approvedOn; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }

    FormApproval approval() {
        return new FormApproval(approvedOn, reference);
    }
}
