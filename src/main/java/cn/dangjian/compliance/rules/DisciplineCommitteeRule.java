package cn.dangjian.compliance.rules;

import java.util.List;
import java.util.Optional;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.CommitteeFacts;
import cn.dangjian.compliance.facts.CommitteeFacts.Post;
import cn.dangjian.compliance.facts.CommitteeFacts.Standing;
import cn.dangjian.compliance.facts.StructureFacts;
import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.OrgType;
import cn.dangjian.parameters.ParameterDefinition;
import cn.dangjian.parameters.ParameterDefinition.Whole;
import org.springframework.stereotype.Component;

/**
 * JG-05 (第九条) for a 机关党委: it sets up a 机关纪委, whose 书记 is a 副书记 of the 机关党委. The 纪委 is recorded by
 * its 纪委书记 on the 党委's current term ({@link CommitteePost#DISCIPLINE_SECRETARY}); none serving is a
 * {@link Severity#VIOLATION}, and a 纪委书记 who is not also a serving 副书记 an {@link Severity#ADVICE}.
 * <p>
 * Where the 党委 is small, a 纪检委员 may stand in for the 纪委. The catalogue does not fix "small", so it is the
 * parameter {@value #SMALL_COMMITTEE} (the members held by the 党委 and beneath it), by default the 100 members at
 * which JG-01 sets up a 党委. The 党总支 and 支委会's 纪检委员 is {@link DisciplineMemberRule}'s part of JG-05.
 */
@Component
class DisciplineCommitteeRule extends CatalogueRule {

    static final String SMALL_COMMITTEE = "compliance.discipline-member-instead-of-committee-below";
    static final String GIST = "机关党委设立机关纪委，机关纪委书记由机关党委副书记担任";

    DisciplineCommitteeRule() {
        super("committee.discipline-committee", "JG-05", ORGAN_RULES + "第九条", 1, RuleCategory.COMMITTEE,
                "机关党委设立机关纪委，纪委书记由机关党委副书记担任");
    }

    @Override
    public List<ParameterDefinition> parameters() {
        return List.of(new ParameterDefinition(SMALL_COMMITTEE, "JG-05", ORGAN_RULES + "第九条",
                "可由纪检委员代替机关纪委的机关党委党员人数",
                "党员（含预备党员）少于该人数的机关党委，可不设机关纪委而设纪检委员。第九条要求机关党委设立机关纪委，"
                        + "未规定党员较少时的例外；此例外出自地方做法，默认100名（JG-01设立机关党委的人数），"
                        + "设为0表示每个机关党委都须设立机关纪委。",
                String.valueOf(PartyCommitteeThresholdRule.MEMBERS_FOR_A_COMMITTEE), new Whole(0, 100000, "名")));
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && facts.org().type() == OrgType.PARTY_COMMITTEE
                && facts.find(CommitteeFacts.class).flatMap(CommitteeFacts::term).isPresent();
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        CommitteeFacts.Term term = facts.get(CommitteeFacts.class).term().orElseThrow();
        Optional<Post> secretary = term.holders(CommitteePost.DISCIPLINE_SECRETARY).stream()
                .filter(p -> p.standing() == Standing.SERVING).findFirst();
        if (secretary.isPresent()) {
            long holder = secretary.get().memberId();
            boolean deputy = term.holders(CommitteePost.DEPUTY_SECRETARY).stream()
                    .anyMatch(p -> p.memberId() == holder && p.standing() == Standing.SERVING);
            return deputy ? List.of() : List.of(new FindingDraft("", Severity.ADVICE, "纪委书记"
                    + secretary.get().holderName() + "不是第" + term.number() + "届机关党委副书记，纪委书记应由机关党委副书记担任"
                    + cite(GIST), null, facts("届次", term.number(), "纪委书记", secretary.get().holderName()),
                    termPage(facts.org())));
        }
        long members = facts.find(StructureFacts.class).map(s -> s.subtree().total()).orElse(Long.MAX_VALUE);
        boolean small = members < context.parameters().whole(SMALL_COMMITTEE);
        if (small && term.served(CommitteePost.DISCIPLINE_MEMBER)) {
            return List.of();
        }
        List<Post> former = term.holders(CommitteePost.DISCIPLINE_SECRETARY);
        String what = former.isEmpty()
                ? "第" + term.number() + "届机关党委未设机关纪委（未登记纪委书记）" + (small ? "，也未设纪检委员" : "")
                : "纪委书记" + former.get(0).holderName() + SecretaryRule.describe(former.get(0).standing())
                        + "，纪委书记空缺";
        return List.of(new FindingDraft("", Severity.VIOLATION, what + cite(GIST), null,
                facts("届次", term.number(), "党员", members == Long.MAX_VALUE ? "未知" : members,
                        "纪委书记", former.isEmpty() ? "未登记" : former.get(0).holderName()),
                termPage(facts.org())));
    }
}
