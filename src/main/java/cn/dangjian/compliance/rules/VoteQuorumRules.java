package cn.dangjian.compliance.rules;

import cn.dangjian.compliance.ComplianceRule;
import cn.dangjian.life.MeetingType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The vote-quorum rules, one bean per meeting type that takes votes (ZB-08, ZB-09). */
@Configuration(proxyBeanMethods = false)
class VoteQuorumRules {

    @Bean
    ComplianceRule branchAssemblyVoteQuorum() {
        return new VoteQuorumRule(MeetingType.BRANCH_ASSEMBLY);
    }

    @Bean
    ComplianceRule committeeMeetingVoteQuorum() {
        return new VoteQuorumRule(MeetingType.COMMITTEE_MEETING);
    }
}
