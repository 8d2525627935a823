package cn.dangjian.recruitment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.dangjian.calendar.WorkCalendar;
import cn.dangjian.documents.ActivistRegisterDocument;
import cn.dangjian.documents.ApplicantDetails;
import cn.dangjian.documents.AssemblyResolutionDocument;
import cn.dangjian.documents.Documents;
import cn.dangjian.documents.FullRecordDocument;
import cn.dangjian.documents.PublicNoticeDocument;
import cn.dangjian.life.MeetingView;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.CodedValue;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.NotFoundException;
import org.springframework.stereotype.Service;

import static cn.dangjian.recruitment.StepKind.*;

/**
 * A case's documents as DOCX or PDF, generated from its recorded steps — never typed again (record once, output
 * everything): see {@link CaseDocumentKind}. Word documents come in the format in force for the case's branch (its
 * own upload, a superior's, or the built-in one); PDFs always in the built-in layout. Whoever may see the case may
 * have its documents; the assembly's figures are read from the 支部党员大会 the case's step points to.
 */
@Service
public class CaseDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Recruitment recruitment;
    private final Meetings meetings;
    private final Documents documents;
    private final OrgUnits orgs;
    private final WorkCalendar calendar;

    CaseDocuments(Recruitment recruitment, Meetings meetings, Documents documents, OrgUnits orgs, WorkCalendar calendar) {
        this.recruitment = recruitment;
        this.meetings = meetings;
        this.documents = documents;
        this.orgs = orgs;
        this.calendar = calendar;
    }

    /** The documents the case has the facts for, in the order a case produces them. */
    public static List<CaseDocumentKind> available(CaseView c) {
        return java.util.Arrays.stream(CaseDocumentKind.values()).filter(k -> k.availableFor(c)).toList();
    }

    /**
     * The document as Word, in the format in force for the case's branch.
     *
     * @throws NotFoundException when the case does not exist or lies outside the scope
     * @throws ConflictException when the step the document is made from has not been recorded yet
     */
    public CaseDocumentFile docx(AccessScope scope, long caseId, CaseDocumentKind kind) {
        CaseView c = recruitment.get(scope, caseId);
        Map<String, Object> model = model(c, kind);
        String orgPath = orgs.ref(c.orgId()).orElseThrow(() -> new NotFoundException("未找到该党组织")).path();
        return new CaseDocumentFile(kind.fileName(c.name(), "docx"), documents.docxFor(kind.template(), orgPath, model));
    }

    /** The document as PDF (A4, embedded Chinese font); see {@link #docx}. */
    public CaseDocumentFile pdf(AccessScope scope, long caseId, CaseDocumentKind kind) {
        CaseView c = recruitment.get(scope, caseId);
        return new CaseDocumentFile(kind.fileName(c.name(), "pdf"), documents.pdf(kind.template(), model(c, kind)));
    }

    Map<String, Object> model(CaseView c, CaseDocumentKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (!kind.availableFor(c)) {
            throw new ConflictException(unavailable(c, kind));
        }
        return switch (kind) {
            case ACTIVIST_REGISTER -> activistRegister(c).toModel();
            case PUBLIC_NOTICE -> publicNotice(c).toModel();
            case ASSEMBLY_RESOLUTION -> assemblyResolution(c).toModel();
            case FULL_RECORD -> fullRecord(c).toModel();
        };
    }

    /** Why the document does not exist yet, naming the step and its rule. */
    static String unavailable(CaseView c, CaseDocumentKind kind) {
        CaseStep listed = c.last(CANDIDATE_DESIGNATION);
        if (kind == CaseDocumentKind.PUBLIC_NOTICE && listed != null) {
            return c.name() + "同志于" + date(listed.on()) + "列为发展对象，未记录发展对象公示（" + date(RuleVersion.REVISION_2026)
                    + "起施行的细则才要求公示，FZ-08），因此没有" + kind.label();
        }
        StepKind step = kind.needs();
        return "尚未记录“" + step.label() + "”（" + step.citation() + "），还不能生成" + kind.label()
                + (c.stage() == Stage.CLOSED ? "；本案已终止" : "");
    }

    static ApplicantDetails person(CaseView c) {
        return new ApplicantDetails(c.name(), label(c.gender()), label(c.ethnicity()), c.birthDate(), label(c.education()),
                c.unitName(), c.position());
    }

    static ActivistRegisterDocument activistRegister(CaseView c) {
        CaseStep talk = c.last(APPLICATION_TALK);
        CaseStep designation = c.last(ACTIVIST_DESIGNATION);
        CaseStep mentors = c.last(MENTORS);
        List<ActivistRegisterDocument.Assessment> assessments = c.steps().stream()
                .filter(s -> s.kind() == ASSESSMENT)
                .sorted(Comparator.comparing(CaseStep::on))
                .map(s -> new ActivistRegisterDocument.Assessment(s.on(), s.note()))
                .toList();
        return new ActivistRegisterDocument(c.orgName(), person(c), c.appliedOn(), talk == null ? null : talk.on(),
                talk == null ? null : people(talk), designation.on(), designation.until(), designation.note(),
                mentors == null ? null : people(mentors), assessments);
    }

    PublicNoticeDocument publicNotice(CaseView c) {
        CaseStep notice = c.last(StepKind.PUBLIC_NOTICE);
        LocalDate to = notice.until() == null ? notice.on() : notice.until();
        CaseStep activist = c.last(ACTIVIST_DESIGNATION);
        return new PublicNoticeDocument(c.orgName(), person(c), c.appliedOn(), activist == null ? null : activist.on(),
                notice.on(), to, calendar.workingDays().count(notice.on(), to), c.approvingOrgName());
    }

    /**
     * The resolution from the assembly's own record: 应到/实到 counts members with voting rights, the ballot
     * includes the written opinions of those who could not attend (FZ-14). The meeting is read with the system
     * scope because the caller has already been shown the case, and the case's documents go with the case (a
     * 党委 staff member who may see the case but not the branch's meetings still needs its resolution).
     */
    AssemblyResolutionDocument assemblyResolution(CaseView c) {
        CaseStep step = c.last(ADMISSION_ASSEMBLY);
        if (step.meetingId() == null) {
            throw new ConflictException("未找到讨论" + c.name() + "同志入党问题的支部党员大会记录");
        }
        MeetingView meeting = meetings.recorded(step.meetingId());
        MeetingView.AgendaItemView item = ballotOf(c, step, meeting);
        RecordMeeting.Vote vote = item.vote();
        AssemblyResolutionDocument.Ballot ballot = new AssemblyResolutionDocument.Ballot(vote.secretBallot(),
                vote.inFavour() + vote.writtenInFavour(), vote.against() + vote.writtenAgainst(),
                vote.abstaining() + vote.writtenAbstaining(), vote.written());
        String outcome = item.outcome() == null ? step.vote() : item.outcome().message();
        return new AssemblyResolutionDocument(c.orgName(), c.name(), meeting.heldAt().toLocalDate(), meeting.place(),
                step.note() != null ? step.note() : item.minutes(), meeting.votingExpected(), meeting.votingPresent(),
                ballot, outcome, step.result() == StepResult.PASSED);
    }

    /** The agenda item on which this person was voted: each candidate has their own (FZ-14). */
    private static MeetingView.AgendaItemView ballotOf(CaseView c, CaseStep step, MeetingView meeting) {
        List<MeetingView.AgendaItemView> voted = meeting.agenda().stream().filter(MeetingView.AgendaItemView::voted)
                .toList();
        List<MeetingView.AgendaItemView> named = voted.stream().filter(i -> i.title() != null
                && i.title().contains(c.name())).toList();
        List<MeetingView.AgendaItemView> candidates = named.isEmpty() ? voted : named;
        return candidates.stream()
                .filter(i -> Objects.equals(i.minutes(), step.note())
                        && (i.outcome() == null || Objects.equals(i.outcome().message(), step.vote())))
                .findFirst()
                .or(() -> candidates.stream().findFirst())
                .orElseThrow(() -> new ConflictException("支部党员大会记录中没有对" + c.name() + "同志的表决"));
    }

    FullRecordDocument fullRecord(CaseView c) {
        List<FullRecordDocument.Step> steps = new ArrayList<>();
        for (CaseStep s : c.steps()) {
            boolean span = s.kind() == StepKind.PUBLIC_NOTICE || s.kind() == TRAINING;
            steps.add(new FullRecordDocument.Step(s.on(), span ? s.until() : null, s.kind().label(), people(s),
                    details(s), s.vote(), s.waivedRules(), s.justification()));
        }
        String stage = c.stage() == Stage.CLOSED
                ? "已终止" + (c.closedOn() == null ? "" : "（" + date(c.closedOn())
                + (c.closedReason() == null ? "" : "，" + c.closedReason()) + "）")
                : c.stage().label();
        return new FullRecordDocument(c.orgName(), person(c), c.appliedOn(), stage, c.ruleVersion().label(),
                c.approvingOrgName(), c.probationStart(), c.fullFrom(), steps);
    }

    /** A step's result and what else it recorded, one item a line. */
    private String details(CaseStep s) {
        List<String> lines = new ArrayList<>();
        if (s.result() != null) {
            lines.add(s.result() == StepResult.EXTEND && s.months() != null
                    ? s.result().label() + s.months() + "个月" : s.result().label());
        }
        switch (s.kind()) {
            case ACTIVIST_DESIGNATION -> {
                if (s.until() != null) {
                    lines.add("报上级党委备案：" + date(s.until()));
                }
            }
            case PUBLIC_NOTICE -> {
                if (s.until() != null) {
                    lines.add("公示" + calendar.workingDays().count(s.on(), s.until()) + "个工作日");
                }
            }
            case TRAINING -> {
                List<String> length = new ArrayList<>();
                if (s.days() != null && s.days() > 0) {
                    length.add(s.days() + "天");
                }
                if (s.hours() != null && s.hours() > 0) {
                    length.add(s.hours() + "学时");
                }
                if (!length.isEmpty()) {
                    lines.add("培训" + String.join("、", length));
                }
            }
            case TRANSFER_POSTPONEMENT -> {
                if (s.months() != null) {
                    lines.add("推迟" + s.months() + "个月讨论转正");
                }
            }
            default -> {
            }
        }
        if (s.note() != null) {
            lines.add(s.kind().assembly() ? "主要表现：" + s.note() : s.note());
        }
        return String.join("\n", lines);
    }

    /** The members who took part and anyone from outside the branch, e.g. 张建国、组织员 刘建国. */
    private static String people(CaseStep s) {
        List<String> names = new ArrayList<>(s.people().stream().map(CaseStep.Person::name).toList());
        if (s.otherPerson() != null) {
            names.add(s.otherPerson());
        }
        return String.join("、", names);
    }

    private static String label(CodedValue value) {
        return value == null ? null : value.label();
    }

    private static String date(LocalDate day) {
        return DATE.format(day);
    }
}
