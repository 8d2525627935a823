package cn.dangjian.compliance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.compliance.internal.PendingEvaluations.Kind;
import cn.dangjian.dues.DuesRecorded;
import cn.dangjian.life.AppraisalRecorded;
import cn.dangjian.life.MeetingRecorded;
import cn.dangjian.life.TalkRecorded;
import cn.dangjian.member.MemberAdded;
import cn.dangjian.member.MemberArrived;
import cn.dangjian.member.MemberChanged;
import cn.dangjian.member.MemberTransferred;
import cn.dangjian.member.MemberStatusChanged;
import cn.dangjian.member.RosterImported;
import cn.dangjian.org.CommitteeTermRecorded;
import cn.dangjian.org.OrgUnitCreated;
import cn.dangjian.org.OrgUnitChanged;
import cn.dangjian.org.OrgUnitDissolved;
import cn.dangjian.org.OrgUnitMoved;
import cn.dangjian.parameters.RuleParameterChanged;
import cn.dangjian.recruitment.RecruitmentStepRecorded;
import cn.dangjian.transfer.TransferDutyChanged;
import cn.dangjian.duty.DutyChanged;
import cn.dangjian.transfer.TransferStepRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When findings are re-evaluated: after a change is committed, for the organization it touched and its ancestors
 * (whose rules count their subtree) — collected for a moment and evaluated together, so that a burst of changes
 * (a roster import, the demo's year of meetings) costs one evaluation per organization, not one per change;
 * after a move, the moved subtree and the old ancestors; after a parameter change, the subtree it applies to;
 * and once a day for everything, since deadlines pass without any change.
 * <p>
 * Listeners only record the request ({@link PendingEvaluations}, in the listener's transaction, so it survives a
 * restart); the evaluation runs on the scheduler's thread within the {@link BackgroundBudget}, never on the
 * listeners' threads holding their connections. Requests left by a previous run are evaluated on start-up (the
 * first run of {@link #flush()}).
 */
@Component
class ComplianceTriggers {

    private static final Logger log = LoggerFactory.getLogger(ComplianceTriggers.class);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(1);

    private final Compliance compliance;
    private final PendingEvaluations pending;
    private final BackgroundBudget budget;
    private final Clock clock;
    private volatile Instant notBefore = Instant.MIN;

    ComplianceTriggers(Compliance compliance, PendingEvaluations pending, BackgroundBudget budget, Clock clock) {
        this.compliance = compliance;
        this.pending = pending;
        this.budget = budget;
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

    /** An assessment, payment, reduction step, voluntary payment or remittance: the dues findings may change. */
    @ApplicationModuleListener
    void on(DuesRecorded event) {
        pending.request(Kind.ORG, event.affectedOrgs());
    }

    @ApplicationModuleListener
    void on(MemberAdded event) {
        changed(event.orgId());
    }

    @ApplicationModuleListener
    void on(MemberArrived event) {
        changed(event.orgId());
    }

    @ApplicationModuleListener
    void on(MemberChanged event) {
        changed(event.orgId());
    }

    /** A member received elsewhere: both the organization that sent and the one that received are re-checked. */
    @ApplicationModuleListener
    void on(MemberTransferred event) {
        pending.request(Kind.ORG, List.of(event.fromOrgId(), event.orgId()));
    }

    /** A transfer moved a step: the organizations it waits for, sends from or goes to are re-checked. */
    @ApplicationModuleListener
    void on(TransferStepRecorded event) {
        pending.request(Kind.ORG, event.orgIds());
    }

    /**
     * A letter from outside the platform was recorded or its 回执 sent, a 流动党员 registered, contacted or ended:
     * the organization is re-checked (a new member also arrives with {@link MemberArrived}).
     */
    @ApplicationModuleListener
    void on(TransferDutyChanged event) {
        changed(event.orgId());
    }

    /** A supervised task was assigned or one of its parts moved: the issuer and the assignee are re-checked. */
    @ApplicationModuleListener
    void on(DutyChanged event) {
        pending.request(Kind.ORG, event.orgIds());
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
            pending.requestAll();
        }
    }

    @ApplicationModuleListener
    void on(OrgUnitMoved event) {
        pending.request(Kind.SUBTREE, List.of(event.orgId()));
        List<Long> oldAncestors = new ArrayList<>(Arrays.stream(event.oldPath().split("/")).filter(s -> !s.isEmpty())
                .map(Long::valueOf).toList());
        oldAncestors.remove(Long.valueOf(event.orgId()));
        pending.request(Kind.ORG, oldAncestors);
    }

    @ApplicationModuleListener
    void on(RuleParameterChanged event) {
        if (event.effectiveFrom().isAfter(LocalDate.now(clock))) {
            return; // the daily pass picks it up on the day it takes effect
        }
        if (event.orgId() == null) {
            pending.requestAll();
        } else {
            pending.request(Kind.SUBTREE, List.of(event.orgId()));
        }
    }

    private void changed(long orgId) {
        pending.request(Kind.ORG, List.of(orgId));
    }

    /**
     * Evaluates what is pending — everything, the subtrees, the changed organizations with their ancestors — then
     * removes those requests. If the evaluation fails they stay, and are tried again a minute later.
     */
    @Scheduled(fixedDelayString = "${dangjian.compliance.debounce:2s}")
    void flush() {
        if (clock.instant().isBefore(notBefore)) {
            return;
        }
        PendingEvaluations.Batch batch = budget.run(pending::take);
        if (batch.isEmpty()) {
            return;
        }
        try {
            if (batch.all()) {
                compliance.reevaluateAll();
            } else {
                batch.subtrees().forEach(compliance::reevaluateSubtree);
                if (!batch.orgs().isEmpty()) {
                    compliance.reevaluateWithAncestors(batch.orgs());
                }
            }
        } catch (RuntimeException e) {
            notBefore = clock.instant().plus(RETRY_AFTER_FAILURE);
            log.error("re-evaluation of {} pending requests failed; retrying after {}", batch.rowIds().size(),
                    notBefore, e);
            return;
        }
        budget.run(() -> {
            pending.done(batch);
            return null;
        });
    }

    /** Every night: deadlines pass and quarters end without anything being recorded. */
    @Scheduled(cron = "${dangjian.compliance.daily-cron:0 30 1 * * *}")
    void daily() {
        pending.requestAll();
        flush();
    }
}
