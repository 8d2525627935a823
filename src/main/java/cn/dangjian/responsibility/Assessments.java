package cn.dangjian.responsibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.responsibility.internal.AssessmentIndicatorStore;
import cn.dangjian.responsibility.internal.IndicatorFigures;
import cn.dangjian.responsibility.internal.Subtrees;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 考核 from the records (ZR-07): a 机关工委 or 机关党委 chooses its year's indicators from the {@link Indicator}
 * catalogue — outcomes the records already show, never online time, hours, check-ins, points or counts of photos
 * and ledgers (ZR-04, ZR-05) — and it and every organization below see each figure with the organizations that
 * missed and the findings behind each miss. Figures are computed when asked, never typed in, and never ranked.
 * <p>
 * An assessment binds the subtree of its issuer; the nearest one at or above an organization is the one that
 * binds it. It is reached through an organization in the caller's scope inside the issuer's subtree or above the
 * issuer; anything else is "not found".
 */
@Service
@Transactional(readOnly = true)
public class Assessments {

    private static final String NOT_FOUND = "考核指标不存在";

    private final AssessmentIndicatorStore store;
    private final IndicatorFigures figures;
    private final OrgUnits orgs;
    private final Clock clock;

    Assessments(AssessmentIndicatorStore store, IndicatorFigures figures, OrgUnits orgs, Clock clock) {
        this.store = store;
        this.figures = figures;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** The first choice of the issuer's indicators for {@code year}; once chosen, they change only at their version. */
    @Transactional
    public long define(AccessScope scope, long issuerOrgId, int year, List<Indicator> indicators) {
        return define(scope, issuerOrgId, year, indicators, null);
    }

    /**
     * The issuer's indicators for {@code year} (this year or next), replacing those it chose before if they are
     * still at {@code version}; {@code version} is {@code null} for a first choice.
     */
    @Transactional
    public long define(AccessScope scope, long issuerOrgId, int year, List<Indicator> indicators, Integer version) {
        scope.require(Permission.DUTY_ASSIGN);
        OrgUnitRef issuer = orgs.refInScope(scope, issuerOrgId);
        List<FieldProblem> problems = new ArrayList<>();
        if (!DutyLevel.issues(issuer.type())) {
            problems.add(new FieldProblem("issuerOrgId", "考核党组织", "考核指标由机关工委或机关党委确定"));
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (year < thisYear || year > thisYear + 1) {
            problems.add(new FieldProblem("year", "年度", "应为今年或明年"));
        }
        List<Indicator> chosen = indicators == null ? List.of() : Arrays.stream(Indicator.values())
                .filter(i -> indicators.stream().filter(Objects::nonNull).anyMatch(i::equals)).toList();
        if (chosen.isEmpty()) {
            problems.add(new FieldProblem("indicators", "考核指标", "请至少选择一项"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Optional<Long> existing = store.issuedBy(issuer.id(), year);
        if (existing.isEmpty()) {
            return store.insert(issuer.id(), issuer.path(), year, chosen, scope.username());
        }
        if (version == null) {
            throw new ConflictException(year + "年度的考核指标已经确定，请刷新后重试");
        }
        store.replace(existing.get(), version, chosen, scope.username());
        return existing.get();
    }

    /** The assessment of {@code year} that binds the organization: chosen by it or the nearest organization above. */
    public Optional<AssessmentView> of(AccessScope scope, long orgId, int year) {
        scope.require(Permission.DUTY_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        return store.binding(org.path(), year).stream().findFirst()
                .flatMap(store::find).map(this::view);
    }

    /**
     * The assessment's figures from the organization: a row per organization directly below it and a total for its
     * subtree (from the issuer, when the organization lies above it), in the tree's order.
     */
    public AssessmentResults results(AccessScope scope, long assessmentId, long orgId) {
        scope.require(Permission.DUTY_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        AssessmentIndicatorStore.Stored stored = store.find(assessmentId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        boolean inside = org.path().startsWith(stored.issuerPath());
        if (!inside && !stored.issuerPath().startsWith(org.path())) {
            throw new NotFoundException(NOT_FOUND);
        }
        OrgUnitRef root = inside ? org : orgs.refInScope(scope, stored.issuerOrgId());
        return figures.of(view(stored), root, Subtrees.active(orgs, root.id()));
    }

    private AssessmentView view(AssessmentIndicatorStore.Stored s) {
        String issuer = orgs.refs(List.of(s.issuerOrgId())).stream().findFirst().map(OrgUnitRef::name).orElse("");
        return new AssessmentView(s.id(), s.issuerOrgId(), issuer, s.year(), s.indicators(), s.definedBy(),
                s.version());
    }
}
