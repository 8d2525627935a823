package cn.dangjian.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.member.MemberForm;
import cn.dangjian.member.MemberTransfers;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.TextKind;
import cn.dangjian.transfer.internal.IncomingLetter;
import cn.dangjian.transfer.internal.IncomingLetterCheck;
import cn.dangjian.transfer.internal.IncomingLetterRepository;
import cn.dangjian.transfer.internal.IncomingLetterViews;
import cn.dangjian.transfer.internal.TransferPages;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 党员组织关系介绍信 from outside the platform (ZJ-02, ZJ-04): the branch taking the member in records the letter
 * from the paper and the member is created from it in the same step — with their membership dates and 正式/预备
 * standing, not as a recruit, nobody typing them twice — then the branch prints the 回执 and records when it went
 * back. A letter is recorded once (its issuer and number). Each letter is seen by the receiving branch and the
 * organizations above it only; elsewhere it is not found.
 */
@Service
@Transactional
public class IncomingLetters {

    private static final String NOT_FOUND = "介绍信登记不存在";

    private final IncomingLetterRepository repository;
    private final IncomingLetterViews views;
    private final TransferPages pages;
    private final MemberTransfers moves;
    private final OrgUnits orgs;
    private final JdbcClient jdbc;
    private final Clock clock;

    IncomingLetters(IncomingLetterRepository repository, IncomingLetterViews views, TransferPages pages,
                    MemberTransfers moves, OrgUnits orgs, JdbcClient jdbc, Clock clock) {
        this.repository = repository;
        this.views = views;
        this.pages = pages;
        this.moves = moves;
        this.orgs = orgs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the letter and creates the member from it; every field at fault is named together. */
    public long record(AccessScope scope, RecordIncomingLetter in) {
        scope.require(Permission.TRANSFER_RECORD);
        List<FieldProblem> problems = new ArrayList<>();
        OrgUnitRef org = null;
        if (in.orgId() == null) {
            problems.add(new FieldProblem("orgId", "接收党组织", "不能为空"));
        } else {
            org = orgs.refInScope(scope, in.orgId());
        }
        LocalDate today = LocalDate.now(clock);
        IncomingLetterCheck.Letter letter = IncomingLetterCheck.check(in, today, problems);
        MemberForm form = new MemberForm(in.name(), in.gender(), in.ethnicity(), null, in.citizenId(), null, null,
                null, null, null, null, in.phone(), null, in.joinedOn(), in.confirmedOn(), in.kind(), in.orgId(), null,
                false, false, false);
        if (letter != null && recorded(letter.issuer(), letter.letterNo())) {
            problems.add(new FieldProblem("letterNo", "介绍信编号", "该党组织开具的这份介绍信已登记过，不能重复登记"));
        }
        long memberId = moves.arrive(scope.username(), form, in.receivedOn(), letter == null ? null : letter.fromName(),
                in.duesPaidUpTo(), problems);
        try {
            return repository.save(IncomingLetter.of(org.id(), org.path(), memberId, letter, scope.username())).id();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("这份介绍信刚被他人登记，请刷新后核对");
        }
    }

    /** The 回执 went back to the letter's issuer. */
    public void receiptSent(AccessScope scope, long id, ReceiptSent sent, int version) {
        scope.require(Permission.TRANSFER_RECORD);
        IncomingLetter l = find(scope, id);
        if (l.version() != version) {
            throw new ConflictException("该登记已被他人修改，请刷新后重试");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String handler = TextKind.PERSON_NAME.required("handler", "经办人", sent.handler(), problems);
        String phone = TextKind.PHONE.optional("phone", "联系电话", sent.phone(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        l.receiptSent(sent.sentOn(), handler, phone, LocalDate.now(clock));
        repository.save(l);
    }

    @Transactional(readOnly = true)
    public IncomingLetterView get(AccessScope scope, long id) {
        scope.require(Permission.TRANSFER_VIEW);
        return views.of(List.of(find(scope, id))).get(0);
    }

    /** The letters received by the organization's subtree, latest first, narrowed by the query. */
    @Transactional(readOnly = true)
    public PageResult<IncomingLetterView> list(AccessScope scope, long orgId, IncomingQuery query, PageRequest page) {
        scope.require(Permission.TRANSFER_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        String text = query.text() == null || query.text().isBlank() ? null : "%" + query.text().strip() + "%";
        Map<String, Object> params = new HashMap<>();
        params.put("p", org.path() + "%");
        params.put("year", query.year());
        params.put("pending", query.receiptPending());
        params.put("text", text);
        PageResult<Long> ids = pages.ids("""
                FROM transfer_incoming WHERE org_path LIKE :p
                  AND (CAST(:year AS int) IS NULL OR extract(year FROM received_on) = :year)
                  AND (NOT :pending OR receipt_sent_on IS NULL)
                  AND (CAST(:text AS text) IS NULL OR member_name LIKE :text OR issuer LIKE :text OR letter_no LIKE :text)""",
                params, "received_on DESC, id DESC", page);
        List<IncomingLetter> found = TransferPages.inOrder(ids.items(), repository.findAllById(ids.items()),
                IncomingLetter::id, l -> scope.coversOrg(l.orgId(), l.orgPath()));
        return new PageResult<>(views.of(found), ids.total(), page.page(), page.size());
    }

    /**
     * The organizations of the subtree that hold members — where the caller may take a member in, or send members
     * from in a 整建制转移 — active, in tree order.
     */
    @Transactional(readOnly = true)
    public List<Transfers.Destination> holders(AccessScope scope, long orgId) {
        scope.require(Permission.TRANSFER_RECORD);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        return pages.holdingMembers(org.id(), n -> true);
    }

    /** The 回执 to send back, filled in from the letter, as Word (the organization's own format if uploaded) or PDF. */
    @Transactional(readOnly = true)
    public LetterFile receipt(AccessScope scope, long id, LetterFile.Format format) {
        scope.require(Permission.TRANSFER_VIEW);
        return views.receipt(find(scope, id), format);
    }

    private IncomingLetter find(AccessScope scope, long id) {
        IncomingLetter l = repository.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!scope.coversOrg(l.orgId(), l.orgPath())) {
            throw new NotFoundException(NOT_FOUND);
        }
        return l;
    }

    private boolean recorded(String issuer, String letterNo) {
        return jdbc.sql("SELECT count(*) FROM transfer_incoming WHERE issuer = :issuer AND letter_no = :no")
                .param("issuer", issuer).param("no", letterNo).query(Long.class).single() > 0;
    }
}
