package cn.dangjian.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.ExpectedAttendee;
import cn.dangjian.life.MeetingDraft;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.life.RecordMeeting.AgendaItem;
import cn.dangjian.life.RecordMeeting.Attendance;

import static cn.dangjian.demo.MeetingTexts.pick;

/**
 * One branch's meetings as its secretary would record them: who chairs and who takes notes, who came
 * (mostly everyone; a few on leave with a reason, rarely someone absent), the agenda and any vote. Pure.
 */
final class BranchLife {

    private final MeetingDraft branch;
    private final MeetingDraft committee;
    private final List<MeetingDraft> groups;
    private final Long secretaryId;
    private final Long recorderId;
    private final Random random;

    BranchLife(MeetingDraft branch, MeetingDraft committee, List<MeetingDraft> groups, Long secretaryId,
               Long organizerId, Random random) {
        this.branch = branch;
        this.committee = committee;
        this.groups = groups;
        this.random = random;
        this.secretaryId = secretaryId != null && contains(branch, secretaryId) ? secretaryId
                : branch.attendees().isEmpty() ? null : branch.attendees().get(0).memberId();
        this.recorderId = organizerId != null && contains(branch, organizerId) && !organizerId.equals(this.secretaryId)
                ? organizerId : other(branch, this.secretaryId);
    }

    long orgId() {
        return branch.orgId();
    }

    String name() {
        return branch.orgName();
    }

    boolean hasCommittee() {
        return committee != null;
    }

    List<MeetingDraft> groups() {
        return groups;
    }

    /** Votes at an assembly: members with voting rights who should attend. */
    int votingExpected() {
        return (int) branch.votingCount();
    }

    RecordMeeting themeDay(LocalDateTime at) {
        String theme = pick(MeetingTexts.THEMES, random);
        String place = theme.contains("社区") || theme.contains("基地") ? "锦城区共建社区" : pick(MeetingTexts.PLACES, random);
        return meeting(branch, MeetingType.THEME_DAY, theme, null, at, place, secretaryId, recorderId,
                List.of(item("集中学习：" + theme, "书记领学，党员交流学习体会。", null, null),
                        item("交纳党费", "党员按月交纳党费。", null, null)));
    }

    RecordMeeting committeeMeeting(LocalDateTime at) {
        String topic = pick(MeetingTexts.COMMITTEE_TOPICS, random);
        Long recorder = recorderId != null && contains(committee, recorderId) ? recorderId : other(committee, secretaryId);
        return meeting(committee, MeetingType.COMMITTEE_MEETING, topic, null, at, pick(MeetingTexts.PLACES, random),
                secretaryId, recorder, List.of(item(topic, "委员逐一发表意见，形成一致意见。", "按会议意见抓好落实。", null)));
    }

    RecordMeeting groupMeeting(MeetingDraft group, LocalDateTime at) {
        Long host = contains(group, secretaryId) ? secretaryId
                : group.attendees().stream().filter(ExpectedAttendee::fullMember).map(ExpectedAttendee::memberId)
                        .findFirst().orElse(group.attendees().get(0).memberId());
        String topic = pick(MeetingTexts.GROUP_TOPICS, random);
        return meeting(group, MeetingType.GROUP_MEETING, topic, null, at, pick(MeetingTexts.PLACES, random), host,
                other(group, host), List.of(item(topic, "党小组长主持，党员逐一交流发言。", null, null)));
    }

    RecordMeeting assembly(LocalDateTime at, boolean withVote) {
        String topic = pick(MeetingTexts.ASSEMBLY_TOPICS, random);
        List<Attendance> attendance = attendance(branch, must(secretaryId, recorderId));
        List<AgendaItem> agenda = new ArrayList<>();
        agenda.add(item(topic, "书记通报有关情况，与会党员进行讨论。", null, null));
        if (withVote) {
            int present = votingPresent(attendance);
            if (present * 2 <= votingExpected()) {
                attendance = everyonePresent();
                present = votingPresent(attendance);
            }
            int abstaining = random.nextInt(5) == 0 && (present - 1) * 2 > votingExpected() ? 1 : 0;
            String motion = pick(MeetingTexts.VOTES, random);
            agenda.add(item(motion, "与会有表决权党员举手表决。", "同意，报上级党组织审批。",
                    new RecordMeeting.Vote(present - abstaining, 0, abstaining)));
        }
        return new RecordMeeting(branch.orgId(), MeetingType.BRANCH_ASSEMBLY, null, topic, null, at,
                pick(MeetingTexts.PLACES, random), secretaryId, recorderId, attendance, agenda);
    }

    /** An assembly where too few members with voting rights came for its vote to count (ZB-08). */
    RecordMeeting assemblyWithoutQuorum(LocalDateTime at) {
        int allowed = votingExpected() / 2;
        int present = 0;
        List<Attendance> attendance = new ArrayList<>();
        for (ExpectedAttendee a : branch.attendees()) {
            boolean keeps = Objects.equals(a.memberId(), secretaryId) || Objects.equals(a.memberId(), recorderId);
            if (a.voting() && (keeps || present < allowed - 2)) {
                present++;
                attendance.add(new Attendance(a.memberId(), AttendanceStatus.PRESENT, null));
            } else if (!a.voting()) {
                attendance.add(new Attendance(a.memberId(), AttendanceStatus.PRESENT, null));
            } else {
                attendance.add(new Attendance(a.memberId(), AttendanceStatus.EXCUSED, pick(MeetingTexts.REASONS, random)));
            }
        }
        String motion = "讨论预备党员转正";
        return new RecordMeeting(branch.orgId(), MeetingType.BRANCH_ASSEMBLY, null, motion, null, at,
                pick(MeetingTexts.PLACES, random), secretaryId, recorderId, attendance,
                List.of(item(motion, "部分党员因出差、培训请假，会议仍按原计划举行并进行表决。", null,
                        new RecordMeeting.Vote(present, 0, 0))));
    }

    RecordMeeting lesson(LocalDateTime at) {
        List<ExpectedAttendee> cadres = branch.attendees().stream().filter(ExpectedAttendee::leadingCadre).toList();
        ExpectedAttendee lecturer = !cadres.isEmpty() && random.nextBoolean() ? cadres.get(random.nextInt(cadres.size()))
                : branch.attendees().stream().filter(a -> Objects.equals(a.memberId(), secretaryId)).findFirst()
                        .orElse(branch.attendees().get(0));
        String title = pick(MeetingTexts.LESSONS, random);
        return new RecordMeeting(branch.orgId(), MeetingType.PARTY_LESSON, null, title, lecturer.name(), at,
                pick(MeetingTexts.PLACES, random), secretaryId, recorderId,
                attendance(branch, must(secretaryId, recorderId, lecturer.memberId())),
                List.of(item("专题党课：" + title, lecturer.name() + "同志讲授专题党课，党员结合工作谈体会。", null, null)));
    }

    RecordMeeting orgLifeMeeting(LocalDateTime at, int year) {
        return meeting(branch, MeetingType.ORG_LIFE_MEETING, year + "年度组织生活会", null, at,
                pick(MeetingTexts.PLACES, random), secretaryId, recorderId, List.of(
                        item("通报上年度组织生活会整改落实情况", "书记通报整改情况。", null, null),
                        item("支部班子对照检查", "书记代表支委会作对照检查发言。", null, null),
                        item("开展批评和自我批评", "党员逐一发言，相互提出批评意见。", null, null),
                        item("民主评议党员", "对照合格党员标准开展民主评议。", null, null)));
    }

    private RecordMeeting meeting(MeetingDraft draft, MeetingType type, String topic, String lecturer,
                                  LocalDateTime at, String place, Long host, Long recorder, List<AgendaItem> agenda) {
        return new RecordMeeting(draft.orgId(), type, draft.partyGroupId(), topic, lecturer, at, place, host, recorder,
                attendance(draft, must(host, recorder)), agenda);
    }

    /** Mostly present; leading cadres usually come (双重组织生活); a few on leave with a reason; rarely absent. */
    private List<Attendance> attendance(MeetingDraft draft, Set<Long> must) {
        List<Attendance> result = new ArrayList<>();
        for (ExpectedAttendee a : draft.attendees()) {
            int roll = random.nextInt(100);
            if (must.contains(a.memberId()) || roll < (a.leadingCadre() ? 88 : 90)) {
                result.add(new Attendance(a.memberId(), AttendanceStatus.PRESENT, null));
            } else if (a.leadingCadre()) {
                result.add(new Attendance(a.memberId(), AttendanceStatus.EXCUSED, pick(MeetingTexts.CADRE_REASONS, random)));
            } else if (roll < 98) {
                result.add(new Attendance(a.memberId(), AttendanceStatus.EXCUSED, pick(MeetingTexts.REASONS, random)));
            } else {
                result.add(new Attendance(a.memberId(), AttendanceStatus.ABSENT, null));
            }
        }
        return result;
    }

    private List<Attendance> everyonePresent() {
        return branch.attendees().stream()
                .map(a -> new Attendance(a.memberId(), AttendanceStatus.PRESENT, null)).toList();
    }

    private int votingPresent(List<Attendance> attendance) {
        Set<Long> voting = new HashSet<>();
        branch.attendees().stream().filter(ExpectedAttendee::voting).forEach(a -> voting.add(a.memberId()));
        return (int) attendance.stream()
                .filter(a -> a.status() == AttendanceStatus.PRESENT && voting.contains(a.memberId())).count();
    }

    private static Set<Long> must(Long... memberIds) {
        Set<Long> must = new HashSet<>();
        for (Long id : memberIds) {
            if (id != null) {
                must.add(id);
            }
        }
        return must;
    }

    private static AgendaItem item(String title, String minutes, String decision, RecordMeeting.Vote vote) {
        return new AgendaItem(title, minutes, decision, vote);
    }

    private static boolean contains(MeetingDraft draft, Long memberId) {
        return memberId != null && draft.attendees().stream().anyMatch(a -> a.memberId() == memberId);
    }

    /** Someone of the draft other than {@code memberId}, full members first; {@code null} if there is nobody. */
    private static Long other(MeetingDraft draft, Long memberId) {
        return draft.attendees().stream().filter(a -> !Objects.equals(a.memberId(), memberId))
                .sorted((x, y) -> Boolean.compare(y.fullMember(), x.fullMember()))
                .map(ExpectedAttendee::memberId).findFirst().orElse(null);
    }
}
