package cn.dangjian.compliance.rules;

import cn.dangjian.compliance.ComplianceRule;
import cn.dangjian.life.MeetingType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The six meeting schedule rules, one bean per meeting type. */
@Configuration(proxyBeanMethods = false)
class MeetingRules {

    @Bean
    ComplianceRule branchAssemblySchedule() {
        return new ScheduledMeetingRule(MeetingType.BRANCH_ASSEMBLY);
    }

    @Bean
    ComplianceRule committeeMeetingSchedule() {
        return new ScheduledMeetingRule(MeetingType.COMMITTEE_MEETING);
    }

    @Bean
    ComplianceRule groupMeetingSchedule() {
        return new ScheduledMeetingRule(MeetingType.GROUP_MEETING);
    }

    @Bean
    ComplianceRule partyLessonSchedule() {
        return new ScheduledMeetingRule(MeetingType.PARTY_LESSON);
    }

    @Bean
    ComplianceRule themeDaySchedule() {
        return new ScheduledMeetingRule(MeetingType.THEME_DAY);
    }

    @Bean
    ComplianceRule orgLifeMeetingSchedule() {
        return new ScheduledMeetingRule(MeetingType.ORG_LIFE_MEETING);
    }
}
