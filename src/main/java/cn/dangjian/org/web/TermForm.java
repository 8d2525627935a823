package cn.dangjian.org.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.TermFormation;

/** The committee-term form: dates and parallel lists of posts and the members holding them. */
public class TermForm {

    private Integer termNumber;
    private LocalDate startedOn;
    private LocalDate dueEndOn;
    private TermFormation formation;
    private List<CommitteePost> post = new ArrayList<>();
    private List<Long> memberId = new ArrayList<>();

    public Integer getTermNumber() { return termNumber; }
    public void setTermNumber(Integer termNumber) { this.termNumber = termNumber; }
    public LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
    public LocalDate getDueEndOn() { return dueEndOn; }
    public void setDueEndOn(LocalDate dueEndOn) { this.dueEndOn = dueEndOn; }
    public TermFormation getFormation() { return formation; }
    public void setFormation(TermFormation formation) { this.formation = formation; }
    public List<CommitteePost> getPost() { return post; }
    public void setPost(List<CommitteePost> post) { this.post = post; }
    public List<Long> getMemberId() { return memberId; }
    public void setMemberId(List<Long> memberId) { this.memberId = memberId; }
}
