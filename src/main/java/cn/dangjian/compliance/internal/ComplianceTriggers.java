package cn.dangjian.compliance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.life.AppraisalRecorded;
import cn.dangjian.life.MeetingRecorded;
import cn.dangjian.life.TalkRecorded;
import cn.dangjian.member.MemberAdded;
import cn.dangjian.member.MemberChanged;
import cn.dangjian.member.MemberStatusChanged;
import cn.dangjian.member.RosterImported;
import cn.dangjian.org.CommitteeTermRecorded;
import cn.dangjian.org.OrgUnitCreated;
import cn.dangjian.org.OrgUnitChanged;
import cn.dangjian.org.OrgUnitDissolved;
import cn.dangjian.org.OrgUnitMoved;
import cn.dangjian.parameters.RuleParameterChanged;
import cn.dangjian.recruitment.RecruitmentStepRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When findings are re-evaluated: after a change is committed, for the organization it touched and its ancestors
 * (whose rules count their subtree) — collected for a moment and evaluated together, so that a burst of changes
 * (a roster import, the demo's year of meetings) costs one evaluation per organization, not one per change;
 * after a move, the moved subtree and the old ancestors; after a parameter change, the subtree it applies to;
 * and once a day for everything, since deadlines pass without any change.
 */
@Component
class ComplianceTriggers {

    private final Compliance compliance;
    private final Clock clock;
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();

    ComplianceTriggers(Compliance compliance, Clock clock) {
        this.compliance = compliance;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MeetingRecorded event) {
        changed(event.orgId());
    }

    @ApplicationModuleListener
    void on(TalkRecorded event) {
        changed(event.orgId());
    }

    @ApplicationModuleListener
    void on(AppraisalRecorded event) {
        changed(event.orgId());
    }

    /** A 发展党员 case was opened, moved on or closed: what it waits for, and so its findings, changed. */
    @ApplicationModuleListener
    void on(RecruitmentStepRecorded event) {
        changed(event.orgId());
    }

    @ApplicationModuleListener
    void on(MemberAdded event) {
        changed(event.orgId());
    }

    @ApplicationModuleListener
    void on(MemberChanged event) {
        changed(event.orgId());
    }

    @ApplicationModuleListener
    void on(MemberStatusChanged event) {
        changed(event.orgId());
    }

    @ApplicationModuleListener
    void on(OrgUnitCreated event) {
        changed(event.orgId());
    }

    @ApplicationModuleListener
    void on(OrgUnitChanged event) {
        changed(event.orgId());
    }

    @ApplicationModuleListener
    void on(OrgUnitDissolved event) {
        changed(event.orgId());
    }

    @ApplicationModuleListener
    void on(CommitteeTermRecorded event) {
        changed(event.orgId());
    }

    /** A roster import may change any organization of the importer's scope; it is rare, so everything is evaluated. */
    @ApplicationModuleListener
    void on(RosterImported event) {
        if (event.inserted() + event.updated() > 0) {
            compliance.reevaluateAll();
        }
    }

    @ApplicationModuleListener
    void on(OrgUnitMoved event) {
        compliance.reevaluateSubtree(event.orgId());
        List<Long> oldAncestors = new ArrayList<>(Arrays.stream(event.oldPath().split("/")).filter(s -> !s.isEmpty())
                .map(Long::valueOf).toList());
        oldAncestors.remove(Long.valueOf(event.orgId()));
        compliance.reevaluateOrgs(oldAncestors);
    }

    @ApplicationModuleListener
    void on(RuleParameterChanged event) {
        if (event.effectiveFrom().isAfter(LocalDate.now(clock))) {
            return; // the daily pass picks it up on the day it takes effect
        }
        if (event.orgId() == null) {
            compliance.reevaluateAll();
        } else {
            compliance.reevaluateSubtree(event.orgId());
        }
    }

    private void changed(long orgId) {
        pending.add(orgId);
    }

    /** Evaluates the organizations changed since the last run, with their ancestors, in one go. */
    @Scheduled(fixedDelayString = "${dangjian.compliance.debounce:2s}")
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Long> orgIds = new ArrayList<>(pending);
        pending.removeAll(orgIds);
        compliance.reevaluateWithAncestors(orgIds);
    }

    /** Every night: deadlines pass and quarters end without anything being recorded. */
    @Scheduled(cron = "${dangjian.compliance.daily-cron:0 30 1 * * *}")
    void daily() {
        compliance.reevaluateAll();
    }
}
