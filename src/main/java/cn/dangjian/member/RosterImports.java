package cn.dangjian.member;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.dangjian.member.excel.RosterFileException;
import cn.dangjian.member.excel.RosterReader;
import cn.dangjian.member.excel.RosterRowChecker;
import cn.dangjian.member.excel.RosterRowChecker.CheckedRow;
import cn.dangjian.member.excel.RosterWriter;
import cn.dangjian.member.internal.MemberBulkWriter;
import cn.dangjian.member.internal.MemberRecord;
import cn.dangjian.member.internal.MemberRecords;
import cn.dangjian.member.internal.MemberStore;
import cn.dangjian.member.internal.RosterImportStore;
import cn.dangjian.member.internal.SensitiveFieldCipher;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.org.Units;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ReferenceData;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The roster's Excel import and export. An import is checked in full first (in the background, with
 * progress) and written only when the user who started it confirms — then all valid rows in one
 * transaction, or nothing. Exports honour the caller's scope and the member list's filters.
 */
@Service
public class RosterImports {

    static final String NOT_FOUND = "未找到该导入记录";
    static final String INTERRUPTED = "服务重启，导入已中断，请重新上传";
    private static final int BATCH = 5_000;
    private static final Logger log = LoggerFactory.getLogger(RosterImports.class);

    private final RosterImportStore store;
    private final MemberStore members;
    private final Members memberFacade;
    private final SensitiveFieldCipher cipher;
    private final MemberRecords records;
    private final MemberBulkWriter bulkWriter;
    private final OrgUnits orgs;
    private final Units units;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate mainTransaction;
    private final TransactionTemplate progressTransaction;
    private final TransactionTemplate stagingTransaction;
    private final Path workDir;
    private final ThreadPoolExecutor executor;

    RosterImports(RosterImportStore store, MemberStore members, Members memberFacade, SensitiveFieldCipher cipher,
                  MemberRecords records, MemberBulkWriter bulkWriter, OrgUnits orgs, Units units, ApplicationEventPublisher events,
                  Clock clock, PlatformTransactionManager transactions,
                  @Value("${dangjian.imports.work-dir:./data/imports}") String workDir,
                  @Value("${dangjian.imports.threads:2}") int threads) {
        this.store = store;
        this.members = members;
        this.memberFacade = memberFacade;
        this.cipher = cipher;
        this.records = records;
        this.bulkWriter = bulkWriter;
        this.orgs = orgs;
        this.units = units;
        this.events = events;
        this.clock = clock;
        this.mainTransaction = new TransactionTemplate(transactions);
        this.progressTransaction = new TransactionTemplate(transactions);
        this.progressTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.stagingTransaction = new TransactionTemplate(transactions);
        this.workDir = Path.of(workDir);
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(16),
                r -> {
                    Thread t = new Thread(r, "roster-import-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    // --- import -----------------------------------------------------------------------------------

    /** Stores the upload and starts checking it in the background. */
    public ImportStatus start(AccessScope scope, String fileName, InputStream content) {
        scope.require(Permission.MEMBER_IMPORT);
        String name = fileName == null || fileName.isBlank() ? "名册.xlsx" : Path.of(fileName).getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".xls")) {
            throw new InvalidInputException("file", "文件", "请上传 Excel 文件（.xlsx），可先下载模板填写");
        }
        UUID id = UUID.randomUUID();
        Path file = workDir.resolve(id + (lower.endsWith(".xls") ? ".xls" : ".xlsx")).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            long size = Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            if (size == 0) {
                Files.deleteIfExists(file);
                throw new InvalidInputException("file", "文件", "上传的文件是空的");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法保存上传的文件", e);
        }
        store.insert(id, name, file.toString(), scope.username(), scope.userId());
        submit(id, file, () -> validate(id, scope, file));
        return require(scope, id);
    }

    public ImportStatus status(AccessScope scope, UUID id) {
        scope.require(Permission.MEMBER_IMPORT);
        return require(scope, id);
    }

    /** The caller's most recent imports, newest first. */
    public List<ImportStatus> recent(AccessScope scope, int limit) {
        scope.require(Permission.MEMBER_IMPORT);
        return store.recent(scope.userId(), scope.username(), Math.max(1, Math.min(limit, 50)));
    }

    public PageResult<ImportProblem> problems(AccessScope scope, UUID id, PageRequest page) {
        scope.require(Permission.MEMBER_IMPORT);
        require(scope, id);
        return new PageResult<>(store.problems(id, page.size(), page.offset()), store.countProblems(id), page.page(),
                page.size());
    }

    /** Writes the checked file: every row (only if none is invalid) or just the valid rows. */
    public ImportStatus confirm(AccessScope scope, UUID id, ImportMode mode) {
        scope.require(Permission.MEMBER_IMPORT);
        ImportStatus status = require(scope, id);
        if (mode == null) {
            throw new InvalidInputException("mode", "导入方式", "请选择“全部导入”或“仅导入有效行”");
        }
        if (status.state() != ImportState.VALIDATED) {
            throw new ConflictException("该导入当前状态为“" + status.state().label() + "”，不能再确认导入");
        }
        if (mode == ImportMode.ALL_OR_NOTHING && status.invalidRows() > 0) {
            throw new ConflictException("文件中有" + status.invalidRows()
                    + "行错误，不能全部导入；请修改后重新上传，或选择“仅导入有效行”");
        }
        if (status.validRows() == 0) {
            throw new ConflictException("文件中没有可导入的有效行");
        }
        if (!store.startImporting(id, mode)) {
            throw new ConflictException("该导入已被确认或已放弃，请刷新页面");
        }
        Path file = Path.of(store.storedFile(id));
        submit(id, file, () -> write(id, scope, file, mode, status.fileName()));
        return require(scope, id);
    }

    /** Discards a checked import that the user decided not to write. */
    public ImportStatus cancel(AccessScope scope, UUID id) {
        scope.require(Permission.MEMBER_IMPORT);
        require(scope, id);
        if (!store.cancel(id)) {
            throw new ConflictException("只有校验完成、尚未导入的记录可以放弃");
        }
        store.clearStaged(id);
        deleteQuietly(Path.of(store.storedFile(id)));
        return require(scope, id);
    }

    // --- template and export ------------------------------------------------------------------------

    @ReferenceData("空白名册模板不含任何人的数据")
    public void writeTemplate(OutputStream out) {
        RosterWriter.template(out);
    }

    /**
     * Writes the members the caller may see that match the list's filters. Permission and filters are
     * checked before the first byte is written.
     */
    public void export(AccessScope scope, MemberQuery query, OutputStream out) {
        scope.require(Permission.MEMBER_EXPORT);
        MemberQuery q = query == null ? MemberQuery.all() : query;
        if (q.orgId() != null) {
            orgs.refInScope(scope, q.orgId());
        }
        boolean masked = !scope.can(Permission.MEMBER_SENSITIVE);
        RosterWriter.export(out, masked, sink -> memberFacade.forEach(scope, q, sink));
    }

    // --- background work ----------------------------------------------------------------------------

    private void validate(UUID id, AccessScope scope, Path file) {
        RosterRowChecker checker = new RosterRowChecker(scope, LocalDate.now(clock), orgs, units, members, cipher);
        int[] counts = new int[3];
        try {
            LocalDate today = LocalDate.now(clock);
            RosterReader.read(file, BATCH, total -> store.progress(id, 0, total), batch -> {
                List<ImportProblem> problems = new ArrayList<>();
                List<MemberBulkWriter.StagedRow> valid = new ArrayList<>(batch.size());
                for (CheckedRow row : checker.check(batch)) {
                    counts[row.valid() ? 1 : 2]++;
                    problems.addAll(row.problems());
                    if (row.valid()) {
                        valid.add(new MemberBulkWriter.StagedRow(row.rowNumber(),
                                records.newMember(row.form(), row.citizenId(), row.hash(), row.org(), today)));
                    }
                }
                stagingTransaction.executeWithoutResult(tx -> bulkWriter.stage(id, valid));
                store.addProblems(id, problems);
                counts[0] += batch.size();
                store.progress(id, counts[0], null);
            });
            if (counts[0] == 0) {
                fail(id, file, "文件中没有数据行（第1行为表头，党员从第2行开始填写）");
                return;
            }
            store.validated(id, counts[0], counts[1], counts[2]);
        } catch (RosterFileException e) {
            fail(id, file, e.getMessage());
        } catch (RuntimeException e) {
            log.error("校验名册 {} 时出错", id, e);
            fail(id, file, "校验时出错，未写入任何数据；错误信息已记录，请稍后重试，如果问题持续出现请联系平台管理员");
        }
    }

    /**
     * Writes the rows staged by the check, in one transaction. The database may have changed since the
     * check: an organization dissolved or moved out of the importer's scope, or a 身份证号 registered meanwhile
     * in another organization. Such rows abort a 全部导入 (nothing is written) and are skipped otherwise.
     */
    private void write(UUID id, AccessScope scope, Path file, ImportMode mode, String fileName) {
        try {
            mainTransaction.executeWithoutResult(tx -> {
                int skipped = 0;
                for (RosterImportStore.StagedOrg staged : store.stagedOrgs(id)) {
                    OrgUnitRef org = orgs.ref(staged.orgId()).orElse(null);
                    if (org == null || !org.active() || !scope.coversOrg(org.id(), org.path())) {
                        abortIfAll(mode, "所在党组织在校验后已撤销或已不在您的管理范围内");
                        skipped += store.dropStagedOrg(id, staged.orgId());
                    } else if (!org.path().equals(staged.orgPath())) {
                        store.repathStaged(id, org.id(), org.path());
                    }
                }
                for (RosterImportStore.StagedExisting existing : store.stagedExisting(id)) {
                    if (!scope.coversOrg(existing.orgId(), existing.orgPath())) {
                        abortIfAll(mode, "第" + existing.rowNumber() + "行 身份证号：校验后已在您管理范围以外的党组织登记");
                        store.dropStagedRow(id, existing.rowNumber());
                        skipped++;
                    }
                }
                MemberBulkWriter.Result result = bulkWriter.upsertStaged(id);
                store.clearStaged(id);
                int written = result.inserted() + result.updated();
                progressTransaction.executeWithoutResult(p -> store.progress(id, written, null));
                store.done(id, result.inserted(), result.updated());
                int leftOut = skipped + store.invalidRows(id);
                events.publishEvent(new RosterImported(scope.username(), id.toString(), fileName, mode.label(),
                        result.inserted(), result.updated(), leftOut));
            });
            deleteQuietly(file);
        } catch (ImportAborted e) {
            fail(id, file, e.getMessage());
        } catch (RuntimeException e) {
            log.error("导入名册 {} 时出错", id, e);
            fail(id, file, "导入失败，未写入任何数据；错误信息已记录，请稍后重试，如果问题持续出现请联系平台管理员");
        }
    }

    private static void abortIfAll(ImportMode mode, String reason) {
        if (mode == ImportMode.ALL_OR_NOTHING) {
            throw new ImportAborted("数据在校验后发生了变化（" + reason + "）；未写入任何数据，请重新上传");
        }
    }

    private void submit(UUID id, Path file, Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            fail(id, file, "当前导入任务较多，请稍后重新上传");
            throw new ConflictException("当前导入任务较多，请稍后重新上传");
        }
    }

    private void fail(UUID id, Path file, String message) {
        store.failed(id, message);
        store.clearStaged(id);
        deleteQuietly(file);
    }

    /** Imports a previous run left half-way can never finish: say so instead of showing them as running. */
    @EventListener(ApplicationReadyEvent.class)
    void markInterruptedImports() {
        int count = store.interruptRunning(INTERRUPTED);
        if (count > 0) {
            log.warn("{} 个名册导入因服务重启而中断，已标记为失败", count);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private ImportStatus require(AccessScope scope, UUID id) {
        if (id == null) {
            throw new NotFoundException(NOT_FOUND);
        }
        return store.find(id, scope.userId(), scope.username()).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("无法删除导入文件 {}", file, e);
        }
    }

    /** Re-validation found an invalid row in 全部导入 mode: roll everything back. */
    private static final class ImportAborted extends RuntimeException {
        ImportAborted(String message) {
            super(message);
        }
    }
}
