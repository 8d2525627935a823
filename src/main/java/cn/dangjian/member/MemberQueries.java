package cn.dangjian.member;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.dangjian.member.internal.HolderStore;
import cn.dangjian.member.internal.MemberStore;
import cn.dangjian.member.internal.SensitiveFieldCipher;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.ForModules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member module's second door: batch reads for other modules, listeners and jobs that check whole batches of
 * organizations and apply their own person's scope to what they show (compliance's fact providers, the
 * recruitment case that already checked its caller). No {@link cn.dangjian.shared.AccessScope}; web code may not
 * call it. Each read is a fixed number of statements however many ids it is given.
 */
@Service
@ForModules
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class MemberQueries {

    private final MemberStore store;
    private final HolderStore holders;
    private final OrgUnits orgs;
    private final SensitiveFieldCipher cipher;

    MemberQueries(MemberStore store, HolderStore holders, OrgUnits orgs, SensitiveFieldCipher cipher) {
        this.store = store;
        this.holders = holders;
        this.orgs = orgs;
        this.cipher = cipher;
    }

    /**
     * The particulars an official letter prints, 身份证号 and phone decrypted. Not scoped: the caller has checked that
     * its person may issue the letter for this member (the transfer module: the sending branch of a transfer).
     */
    public Optional<MemberParticulars> particulars(long memberId) {
        return store.find(memberId).map(m -> new MemberParticulars(m.id(), m.name(), m.gender(), m.ethnicity(),
                m.birthDate(), cipher.decrypt(m.citizenIdEnc()), m.phoneEnc() == null ? null : cipher.decrypt(m.phoneEnc()),
                m.kind()));
    }

    /** The organizations under this path prefix whose own members on the roll are at least one, with their paths. */
    public Map<Long, String> holdersUnder(String pathPrefix) {
        return holders.holdersUnder(pathPrefix);
    }

    /** The {@link Members#roster} of an organization, for a module that has already checked its caller's access. */
    public List<RosterEntry> rosterOf(long orgId) {
        return store.roster(orgId);
    }

    /**
     * The roll of organizational life ({@link Members#roster}: 正常 and 留党察看) of each organization in {@code orgIds},
     * with each member's standing (党员领导干部, 流动, 失联 since when), in one statement. Not scoped, like
     * {@link OrgUnits#refs}: for modules that check whole batches of organizations (compliance) and apply their
     * caller's scope themselves. An organization without members is absent from the map.
     */
    public Map<Long, List<RollMember>> rolls(Collection<Long> orgIds) {
        Map<Long, List<RollMember>> rolls = new HashMap<>();
        store.rolls(orgIds).forEach(m -> rolls.computeIfAbsent(m.orgId(), k -> new ArrayList<>()).add(m));
        return rolls;
    }

    /**
     * {@link Members#headcount} of each organization in {@code orgIds}, from the trigger-maintained rollup, in two
     * statements. Not scoped, like {@link OrgUnits#refs}: counts only, no personal data.
     */
    public Map<Long, Headcount> headcounts(Collection<Long> orgIds) {
        if (orgIds.isEmpty()) {
            return Map.of();
        }
        return store.headcounts(orgs.refs(orgIds).stream().map(o -> new MemberStore.OrgPath(o.id(), o.path()))
                .toList());
    }

    /**
     * For each organization in {@code orgIds}, the units (单位) its own members on the current roll work in.
     * Not scoped: ids only.
     */
    public Map<Long, Set<Long>> unitsHeldBy(Collection<Long> orgIds) {
        return store.unitsHeldBy(orgIds);
    }

    /**
     * The members on the current roll working in each unit of {@code unitIds}, per organization holding them,
     * in one statement. Not scoped: counts only (whether a unit has members enough for a branch, ZB-01).
     */
    public Map<Long, UnitHeadcount> unitHeadcounts(Collection<Long> unitIds) {
        return store.unitHeadcounts(unitIds);
    }

    /**
     * Where each member in {@code memberIds} is held and their kind and status (e.g. whether a committee post's
     * holder is still on the roll), in one statement. Not scoped: no personal details.
     */
    public Map<Long, MemberPlacement> placements(Collection<Long> memberIds) {
        Map<Long, MemberPlacement> placements = new HashMap<>();
        store.placements(memberIds).forEach(p -> placements.put(p.memberId(), p));
        return placements;
    }
}
