package cn.dangjian.member.web;

import java.time.LocalDate;

import cn.dangjian.member.MemberForm;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.MemberView;
import cn.dangjian.shared.Degree;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.Gender;

/** The member form as the browser posts it (checkboxes absent when unticked); turned into a {@link MemberForm}. */
public class MemberFormData {

    private Long id;
    private String name;
    private Gender gender;
    private Ethnicity ethnicity = Ethnicity.HAN;
    private LocalDate birthDate;
    private String citizenId;
    private String nativePlace;
    private EducationLevel education;
    private Degree degree;
    private String occupation;
    private Long unitId;
    private String position;
    private String phone;
    private LocalDate appliedOn;
    private LocalDate joinedOn;
    private LocalDate confirmedOn;
    private MemberKind kind;
    private Long orgId;
    private Long partyGroupId;
    private boolean leadingCadre;
    private boolean mobile;
    private boolean lostContact;
    private int version;

    MemberForm toForm() {
        return new MemberForm(name, gender, ethnicity, birthDate, citizenId, nativePlace, education, degree, occupation,
                unitId, position, phone, appliedOn, joinedOn, confirmedOn, kind, orgId, partyGroupId, leadingCadre,
                mobile, lostContact);
    }

    /** The edit form of a stored member; 身份证号 and phone stay blank (blank keeps the stored value). */
    static MemberFormData of(MemberView m) {
        MemberFormData f = new MemberFormData();
        f.id = m.id();
        f.name = m.name();
        f.gender = m.gender();
        f.ethnicity = m.ethnicity();
        f.birthDate = m.birthDate();
        f.nativePlace = m.nativePlace();
        f.education = m.education();
        f.degree = m.degree();
        f.occupation = m.occupation();
        f.unitId = m.unitId();
        f.position = m.position();
        f.appliedOn = m.appliedOn();
        f.joinedOn = m.joinedOn();
        f.confirmedOn = m.confirmedOn();
        f.kind = m.kind();
        f.orgId = m.orgId();
        f.partyGroupId = m.partyGroupId();
        f.leadingCadre = m.leadingCadre();
        f.mobile = m.mobile();
        f.lostContact = m.lostContact();
        f.version = m.version();
        return f;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public Ethnicity getEthnicity() { return ethnicity; }
    public void setEthnicity(Ethnicity ethnicity) { this.ethnicity = ethnicity; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getCitizenId() { return citizenId; }
    public void setCitizenId(String citizenId) { this.citizenId = citizenId; }
    public String getNativePlace() { return nativePlace; }
    public void setNativePlace(String nativePlace) { this.nativePlace = nativePlace; }
    public EducationLevel getEducation() { return education; }
    public void setEducation(EducationLevel education) { this.education = education; }
    public Degree getDegree() { return degree; }
    public void setDegree(Degree degree) { this.degree = degree; }
    public String getOccupation() { return occupation; }
    public void setOccupation(String occupation) { this.occupation = occupation; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public LocalDate getAppliedOn() { return appliedOn; }
    public void setAppliedOn(LocalDate appliedOn) { this.appliedOn = appliedOn; }
    public LocalDate getJoinedOn() { return joinedOn; }
    public void setJoinedOn(LocalDate joinedOn) { this.joinedOn = joinedOn; }
    public LocalDate getConfirmedOn() { return confirmedOn; }
    public void setConfirmedOn(LocalDate confirmedOn) { this.confirmedOn = confirmedOn; }
    public MemberKind getKind() { return kind; }
    public void setKind(MemberKind kind) { this.kind = kind; }
    public Long getOrgId() { return orgId; }
    public void setOrgId(Long orgId) { this.orgId = orgId; }
    public Long getPartyGroupId() { return partyGroupId; }
    public void setPartyGroupId(Long partyGroupId) { this.partyGroupId = partyGroupId; }
    public boolean isLeadingCadre() { return leadingCadre; }
    public void setLeadingCadre(boolean leadingCadre) { this.leadingCadre = leadingCadre; }
    public boolean isMobile() { return mobile; }
    public void setMobile(boolean mobile) { this.mobile = mobile; }
    public boolean isLostContact() { return lostContact; }
    public void setLostContact(boolean lostContact) { this.lostContact = lostContact; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
