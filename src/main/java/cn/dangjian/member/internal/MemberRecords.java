package cn.dangjian.member.internal;

import static cn.dangjian.shared.Texts.blankToNull;

import java.time.LocalDate;

import cn.dangjian.member.MemberForm;
import cn.dangjian.member.MembershipStatus;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.shared.CitizenId;
import org.springframework.stereotype.Component;

/** Turns a checked {@link MemberForm} into the stored {@link MemberRecord}, encrypting the sensitive fields. */
@Component
public class MemberRecords {

    private final SensitiveFieldCipher cipher;

    MemberRecords(SensitiveFieldCipher cipher) {
        this.cipher = cipher;
    }

    /** The record of a new (or re-imported) member on the current roll; the form must have passed the rules. */
    public MemberRecord newMember(MemberForm f, CitizenId citizenId, String hash, OrgUnitRef org, LocalDate today) {
        return of(0, f, citizenId, hash, org, MembershipStatus.NORMAL, f.lostContact() ? today : null, 0);
    }

    /** The record of member {@code id} as the form describes it, with the status and version given. */
    public MemberRecord of(long id, MemberForm f, CitizenId citizenId, String hash, OrgUnitRef org,
                           MembershipStatus status, LocalDate lostContactSince, int version) {
        return new MemberRecord(id, blankToNull(f.name()), citizenId.gender(), f.ethnicity(), citizenId.birthDate(),
                cipher.encrypt(citizenId.value()), hash, blankToNull(f.nativePlace()), f.education(), f.degree(),
                blankToNull(f.occupation()), f.unitId(), blankToNull(f.position()),
                cipher.encrypt(blankToNull(f.phone())), f.appliedOn(), f.joinedOn(), f.confirmedOn(), f.kind(),
                status, org.id(), org.path(), f.partyGroupId(), f.leadingCadre(), f.mobile(), f.lostContact(),
                lostContactSince, version);
    }

}
