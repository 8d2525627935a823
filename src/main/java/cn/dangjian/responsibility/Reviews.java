package cn.dangjian.responsibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.dangjian.documents.DocumentTemplate;
import cn.dangjian.documents.Documents;
import cn.dangjian.documents.ReviewReportDocument;
import cn.dangjian.duty.InspectionKind;
import cn.dangjian.duty.Inspections;
import cn.dangjian.duty.ItemView;
import cn.dangjian.duty.RecordInspection;
import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.CommitteeView;
import cn.dangjian.org.Committees;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.responsibility.internal.ReviewAccess;
import cn.dangjian.responsibility.internal.ReviewChecks;
import cn.dangjian.responsibility.internal.ReviewDrafts;
import cn.dangjian.responsibility.internal.ReviewParameters;
import cn.dangjian.responsibility.internal.ReviewStore;
import cn.dangjian.responsibility.internal.Subtrees;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 书记抓党建述职评议 (JG-14, KH-01, ZR-03). Each year the 工委 opens a round for the secretaries of the organizations
 * directly below it, and a 机关党委 for those of every 党总支 and 党支部 of its subtree; each 述职 is drafted from the year's records ({@link ReviewDrafts}), the
 * secretary writes the narrative and submits it — the figures kept as they were that day — and the round's holder
 * records the 评议: the votes per grade of the configured set, the result, the comments and the problems raised,
 * which become rectification items of the reviewed organization (through the duty module) and appear in its next
 * 述职. Results are shown to the secretary and up the tree, never published as a league table.
 * <p>
 * A 述职 is seen by its own organization's side and by the round's holder ({@link ReviewAccess}); a sibling
 * secretary, or anyone else, is told it does not exist.
 */
@Service
@Transactional
public class Reviews {

    private final ReviewStore store;
    private final ReviewAccess access;
    private final ReviewDrafts drafts;
    private final OrgUnits orgs;
    private final Committees committees;
    private final Inspections inspections;
    private final RuleParameters parameters;
    private final Documents documents;
    private final Clock clock;

    Reviews(ReviewStore store, ReviewAccess access, ReviewDrafts drafts, OrgUnits orgs, Committees committees,
            Inspections inspections, RuleParameters parameters, Documents documents, Clock clock) {
        this.documents = documents;
        this.store = store;
        this.access = access;
        this.drafts = drafts;
        this.orgs = orgs;
        this.committees = committees;
        this.inspections = inspections;
        this.parameters = parameters;
        this.clock = clock;
    }

    /** Opens the year's round: one 述职 for each organization it reviews, with its secretary's name today. */
    public long open(AccessScope scope, OpenRound cmd) {
        scope.require(Permission.DUTY_ASSIGN);
        OrgUnitRef issuer = orgs.refInScope(scope, cmd.issuerOrgId());
        if (!DutyLevel.issues(issuer.type())) {
            throw new InvalidInputException("issuerOrgId", "组织评议的党组织", "述职评议由机关工委或机关党委组织");
        }
        var values = parameters.valuesFor(issuer.path(), LocalDate.now(clock));
        LocalDate[] window = ReviewChecks.window(cmd, values.whole(ReviewParameters.OPENS_MONTH), LocalDate.now(clock));
        LocalDate opens = window[0];
        LocalDate closes = window[1];
        List<OrgUnitRef> reviewed = reviewed(issuer);
        if (reviewed.isEmpty()) {
            throw new InvalidInputException("issuerOrgId", "组织评议的党组织", "没有下一级党组织");
        }
        long id = store.insertRound(issuer.id(), issuer.path(), cmd.year(), opens, closes,
                Arrays.asList(values.get(ReviewParameters.GRADES).split(",")), scope.username());
        var current = committees.currentOf(reviewed.stream().map(OrgUnitRef::id).toList());
        for (OrgUnitRef o : reviewed) {
            store.insertReview(id, o.id(), o.path(), secretary(current.get(o.id())));
        }
        return id;
    }

    /** The rounds held in the organization's subtree, latest first, each with its 述职 and where they stand. */
    @Transactional(readOnly = true)
    public List<RoundView> rounds(AccessScope scope, long orgId) {
        scope.require(Permission.DUTY_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        return store.roundsWithin(org.path()).stream().map(r -> access.roundView(r)).toList();
    }

    /** The organization's own 述职, latest year first. */
    @Transactional(readOnly = true)
    public List<RoundView.Row> own(AccessScope scope, long orgId) {
        scope.require(Permission.DUTY_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        return store.reviewsOfOrg(org.id()).stream().map(v -> access.row(v, org.name())).toList();
    }

    @Transactional(readOnly = true)
    public ReviewView get(AccessScope scope, long id) {
        ReviewAccess.Reached r = access.reach(scope, id);
        ReviewStore.Review v = r.review();
        ReviewFigures figures = v.figures() != null ? drafts.read(v.figures())
                : drafts.draft(scope, r.org(), r.round().year(), LocalDate.now(clock));
        List<ItemView> problems = v.inspectionId() == null ? List.of() : inspections.get(scope, v.inspectionId()).items();
        List<ItemView> carried = store.reviewOf(v.orgId(), r.round().year() - 1)
                .filter(p -> p.inspectionId() != null)
                .map(p -> inspections.get(scope, p.inspectionId()).items()).orElse(List.of());
        return new ReviewView(v.id(), v.roundId(), r.round().year(), r.round().issuerOrgId(), r.issuerName(),
                v.orgId(), r.org().name(), v.secretary(), v.state(), v.narrative(), v.submittedOn(), figures,
                r.round().grades(), v.gradeCounts(), v.reviewedOn(), v.result(), v.comments(), problems, carried,
                r.reviewer(), v.version());
    }

    /**
     * The 述职报告 as PDF or Word (in the reviewed organization's own format if uploaded): the narrative, the figures
     * as shown, last year's problems and the 评议 — generated, never typed again.
     */
    @Transactional(readOnly = true)
    public ResponsibilityFile report(AccessScope scope, long id, boolean pdf) {
        ReviewView v = get(scope, id);
        List<ReviewReportDocument.Figure> figures = v.figures().sections().stream().flatMap(s -> s.lines().stream()
                .map(l -> new ReviewReportDocument.Figure(s.title(), l.label(), l.value()))).toList();
        LocalDate today = LocalDate.now(clock);
        List<ReviewReportDocument.Problem> lastYear = v.carried().stream().map(i -> new ReviewReportDocument.Problem(
                i.problem(), i.deadline(), i.state().label() + (i.doneNote() == null ? "" : "：" + i.doneNote())
                + (i.state() != cn.dangjian.duty.ItemState.CLOSED && today.isAfter(i.deadline()) ? "（已逾期）" : "")))
                .toList();
        String result = v.reviewedOn() == null ? null : v.result() + "（" + votes(v) + "，" + v.reviewedOn() + "评议）";
        ReviewReportDocument doc = new ReviewReportDocument(v.orgName(), v.secretary(), v.year(), v.issuerName(),
                v.narrative(), v.submittedOn(), v.figures().asOf(), figures, lastYear, result, v.comments());
        String name = v.year() + "年度书记抓党建述职报告（" + v.orgName() + "）";
        return pdf ? new ResponsibilityFile(name + ".pdf", documents.pdf(DocumentTemplate.REVIEW_REPORT, doc.toModel()))
                : new ResponsibilityFile(name + ".docx", documents.docxFor(DocumentTemplate.REVIEW_REPORT,
                orgs.ref(v.orgId()).orElseThrow().path(), doc.toModel()));
    }

    private static String votes(ReviewView v) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < v.grades().size() && i < v.gradeCounts().size(); i++) {
            parts.add(v.grades().get(i) + v.gradeCounts().get(i) + "票");
        }
        return String.join("、", parts);
    }

    /** The secretary's narrative, saved as often as needed before the 述职 is submitted. */
    public void write(AccessScope scope, long id, int version, String narrative) {
        ReviewAccess.Reached r = access.asReviewed(scope, id);
        store.narrative(r.review().id(), version, ReviewChecks.narrative(narrative, false));
    }

    /** Submits the 述职 today: the narrative must be written; the figures are kept as drafted today. */
    public void submit(AccessScope scope, long id, int version, String narrative) {
        submit(scope, id, version, narrative, null);
    }

    /**
     * Submits a 述职 made on {@code on} (a 述职 given on paper and typed in later; {@code null}: today), between the
     * round's opening and today; the figures are those of the records as read today.
     */
    public void submit(AccessScope scope, long id, int version, String narrative, LocalDate on) {
        ReviewAccess.Reached r = access.asReviewed(scope, id);
        String text = ReviewChecks.narrative(narrative, true);
        LocalDate today = LocalDate.now(clock);
        LocalDate submitted = ReviewChecks.submittedOn(on, r.round(), today);
        store.narrative(r.review().id(), version, text);
        store.submit(r.review().id(), version + 1, drafts.write(drafts.draft(scope, r.org(), r.round().year(), today)),
                submitted, scope.username());
    }

    /** Records the 评议; the problems raised become the reviewed organization's rectification items. */
    public void assess(AccessScope scope, long id, int version, AssessReview cmd) {
        ReviewAccess.Reached r = access.asReviewer(scope, id);
        AssessReview checked = ReviewChecks.assessment(cmd, r.round(), r.review(), LocalDate.now(clock));
        Long inspection = null;
        if (!checked.problems().isEmpty()) {
            inspection = inspections.recordReviewProblems(scope, new RecordInspection(r.org().id(),
                    InspectionKind.REVIEW, r.issuerName() + r.round().year() + "年度", checked.reviewedOn(),
                    new ArrayList<>(checked.problems())));
        }
        store.assess(r.review().id(), version, checked.reviewedOn(), checked.gradeCounts(), checked.result(),
                checked.comments(), inspection);
    }

    /**
     * Whose secretaries a round reviews: for a 工委, the organizations directly below it; for a 机关党委, every 党总支
     * and 党支部 of its subtree — those under a 党总支 included (JG-14: each 机关基层党组织书记 reports each year).
     */
    private List<OrgUnitRef> reviewed(OrgUnitRef issuer) {
        if (issuer.type() == OrgType.PARTY_COMMITTEE) {
            return Subtrees.active(orgs, issuer.id()).stream().filter(o -> o.id() != issuer.id())
                    .filter(o -> DutyLevel.of(o.type()) == DutyLevel.GENERAL_BRANCH || DutyLevel.of(o.type()) == DutyLevel.BRANCH)
                    .toList();
        }
        return orgs.allChildren(issuer.id()).stream().filter(o -> o.active() && o.type() != OrgType.PARTY_GROUP).toList();
    }

    private static String secretary(CommitteeView c) {
        return c == null ? null : c.posts().stream().filter(p -> p.post() == CommitteePost.SECRETARY)
                .map(CommitteeView.PostHolder::holderName).findFirst().orElse(null);
    }
}
