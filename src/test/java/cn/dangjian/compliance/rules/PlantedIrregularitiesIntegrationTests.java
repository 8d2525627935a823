package cn.dangjian.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.dangjian.compliance.ComplianceRule;
import cn.dangjian.compliance.FactProvider;
import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.CommitteeFacts;
import cn.dangjian.compliance.facts.StructureFacts;
import cn.dangjian.demo.DemoDataGenerator;
import cn.dangjian.demo.DemoDataReport;
import cn.dangjian.demo.DemoIrregularity;
import cn.dangjian.demo.DemoTier;
import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnitQuery;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The district demo plants irregularities for the compliance checks to find. Evaluated with the real fact
 * providers on the real database, the structure and committee rules find each planted one of theirs, and
 * raise no violation or advice anywhere else in the district (only reminders of terms ending, which the demo
 * spreads at random).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlantedIrregularitiesIntegrationTests {

    /** A district number of its own (the demo generator's tests count up from 290). */
    private static final int DISTRICT = 275;

    private static final Map<DemoIrregularity.Kind, Expected> EXPECTED = Map.of(
            DemoIrregularity.Kind.TERM_EXPIRED, new Expected("committee.term-expired", Severity.VIOLATION),
            DemoIrregularity.Kind.TOO_FEW_FULL_MEMBERS,
            new Expected("structure.branch-too-few-full-members", Severity.VIOLATION),
            DemoIrregularity.Kind.OVERSIZED_BRANCH, new Expected("structure.branch-size", Severity.ADVICE),
            DemoIrregularity.Kind.MISSING_COMMITTEE,
            new Expected("committee.branch-committee-required", Severity.VIOLATION),
            DemoIrregularity.Kind.UNIT_WITHOUT_BRANCH, new Expected("structure.unit-without-branch", Severity.VIOLATION));

    private final List<ComplianceRule> rules = List.of(new UnitWithoutBranchRule(), new BranchTooFewFullMembersRule(),
            new JointBranchCoverageRule(), new BranchSizeRule(), new PartyCommitteeThresholdRule(),
            new GeneralBranchThresholdRule(), new BranchCommitteeRequiredRule(), new BranchCommitteeSizeRule(),
            new SecretaryRule(), new DisciplineMemberRule(), new DisciplineCommitteeRule(), new TermExpiringRule(),
            new TermExpiredRule());

    @Autowired
    DemoDataGenerator generator;
    @Autowired
    OrgUnits orgs;
    @Autowired
    List<FactProvider<?>> providers;
    @Autowired
    Clock clock;

    private DemoDataReport report;
    private final List<Found> found = new ArrayList<>();

    record Expected(String code, Severity severity) {
    }

    record Found(long orgId, String orgName, String code, FindingDraft finding) {
    }

    @BeforeAll
    void evaluateTheDistrict() {
        report = generator.generate(DemoTier.DISTRICT, DISTRICT, ".c" + DISTRICT, false);
        List<Long> ids = orgs.search(AccessScope.system(), new OrgUnitQuery(null, null, report.rootId(), false),
                new PageRequest(1, PageRequest.MAX_SIZE)).items().stream().map(OrgUnitNode::id).toList();
        List<OrgUnitRef> batch = orgs.refs(ids);
        assertThat(batch).hasSize(report.organizations());
        LocalDate today = LocalDate.now(clock);
        Map<Long, Map<Class<?>, Object>> facts = new HashMap<>();
        for (FactProvider<?> provider : providers) {
            if (Set.of(StructureFacts.class, CommitteeFacts.class).contains(provider.type())) {
                provider.gather(batch, today).forEach((id, f) -> facts.computeIfAbsent(id, k -> new HashMap<>())
                        .put(provider.type(), f));
            }
        }
        RuleContext context = RuleFixtures.context(today, rules.toArray(ComplianceRule[]::new));
        for (OrgUnitRef org : batch) {
            OrgFacts orgFacts = new OrgFacts(org, facts.getOrDefault(org.id(), Map.of()));
            for (ComplianceRule rule : rules) {
                if (rule.appliesTo(orgFacts)) {
                    rule.evaluate(orgFacts, context).forEach(f -> found.add(new Found(org.id(), org.name(), rule.code(), f)));
                }
            }
        }
    }

    @Test
    void everyPlantedIrregularityIsFound() {
        List<DemoIrregularity> planted = report.irregularities().stream()
                .filter(i -> EXPECTED.containsKey(i.kind())).toList();
        assertThat(planted).extracting(DemoIrregularity::kind).containsAll(EXPECTED.keySet());
        for (DemoIrregularity irregularity : planted) {
            Expected expected = EXPECTED.get(irregularity.kind());
            assertThat(found).as(irregularity.description())
                    .anySatisfy(f -> {
                        assertThat(f.code()).isEqualTo(expected.code());
                        assertThat(f.finding().severity()).isEqualTo(expected.severity());
                        if (irregularity.kind() == DemoIrregularity.Kind.UNIT_WITHOUT_BRANCH) {
                            assertThat(f.finding().subject()).isEqualTo(String.valueOf(irregularity.subjectId()));
                        } else {
                            assertThat(f.orgId()).isEqualTo(irregularity.subjectId());
                        }
                    });
        }
    }

    @Test
    void nothingElseInTheDistrictBreaksTheseRules() {
        Set<String> planted = report.irregularities().stream().filter(i -> EXPECTED.containsKey(i.kind()))
                .map(i -> EXPECTED.get(i.kind()).code() + "@" + i.subjectId()).collect(Collectors.toSet());
        List<String> unexpected = found.stream()
                .filter(f -> f.finding().severity() != Severity.DUE)
                .filter(f -> !planted.contains(f.code() + "@" + f.orgId())
                        && !planted.contains(f.code() + "@" + f.finding().subject()))
                .map(f -> f.orgName() + "：" + f.finding().message()).toList();
        assertThat(unexpected).isEmpty();
        assertThat(found).filteredOn(f -> f.finding().severity() == Severity.DUE)
                .allSatisfy(f -> assertThat(f.code()).isEqualTo("committee.term-expiring"));
    }
}
