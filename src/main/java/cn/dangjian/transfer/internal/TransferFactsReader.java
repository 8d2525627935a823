package cn.dangjian.transfer.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.dangjian.calendar.WorkCalendar;
import cn.dangjian.calendar.WorkingDays;
import cn.dangjian.member.MemberPlacement;
import cn.dangjian.member.MemberQueries;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.transfer.TransferDeadlines;
import cn.dangjian.transfer.TransferFacts;
import cn.dangjian.transfer.TransferFacts.MobileAway;
import cn.dangjian.transfer.TransferFacts.OwedReceipt;
import cn.dangjian.transfer.TransferFacts.UnansweredLetter;
import cn.dangjian.transfer.TransferFacts.WaitingStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the transfer facts of a batch of organizations: the 回执 they owe for letters from outside the platform and
 * their 流动党员 (one statement each), the open transfers that touch them (each loaded with its
 * route, one statement per transfer — few are open at a time), then their members' names, the organizations' names
 * and paths, and the parameter settings, each once for the batch. The limit
 * of a waiting step is the parameter in force for the organization it waits for; a letter's validity is the one
 * printed on it. A 整建制转移 counts once, under its lead: "王一等12名党员".
 */
@Component
public class TransferFactsReader {

    private final JdbcClient jdbc;
    private final TransferRepository repository;
    private final MemberQueries members;
    private final OrgUnits orgs;
    private final RuleParameters parameters;
    private final WorkCalendar calendar;

    TransferFactsReader(JdbcClient jdbc, TransferRepository repository, MemberQueries members, OrgUnits orgs,
                        RuleParameters parameters, WorkCalendar calendar) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.members = members;
        this.orgs = orgs;
        this.parameters = parameters;
        this.calendar = calendar;
    }

    public Map<Long, TransferFacts> read(List<Long> orgIds, LocalDate today) {
        if (orgIds.isEmpty()) {
            return Map.of();
        }
        WorkingDays days = calendar.workingDays();
        Map<Long, List<OwedReceipt>> receipts = owedReceipts(orgIds, days);
        Map<Long, List<MobileAway>> away = away(orgIds);
        List<Long> ids = jdbc.sql("""
                        SELECT t.id FROM transfer t
                        WHERE t.state IN ('APPROVING', 'SENT')
                          AND (t.from_org_id IN (:orgs) OR t.to_org_id IN (:orgs)
                               OR EXISTS (SELECT 1 FROM transfer_step s
                                          WHERE s.transfer_id = t.id AND s.org_id IN (:orgs) AND s.decided_on IS NULL))""")
                .param("orgs", orgIds).query(Long.class).list();
        if (ids.isEmpty()) {
            return facts(Map.of(), Map.of(), receipts, away);
        }
        List<Transfer> open = new ArrayList<>();
        repository.findAllById(ids).forEach(open::add);
        Map<Long, TransferWait> waits = new HashMap<>();
        Set<Long> involved = new HashSet<>();
        open.forEach(t -> {
            involved.add(t.fromOrgId());
            TransferWait.of(t).ifPresent(w -> {
                waits.put(t.id(), w);
                involved.add(w.orgId());
            });
        });
        Map<Long, OrgUnitRef> refs = orgs.refs(involved).stream()
                .collect(Collectors.toMap(OrgUnitRef::id, Function.identity()));
        Map<Long, MemberPlacement> names = members.placements(open.stream().map(Transfer::memberId).toList());
        RuleParameters.ParameterResolver resolver = parameters.resolver(today);
        Set<Long> wanted = Set.copyOf(orgIds);
        Map<Long, List<WaitingStep>> waiting = new HashMap<>();
        Map<Long, List<UnansweredLetter>> letters = new HashMap<>();
        Map<Long, Long> batchSizes = open.stream().filter(t -> t.batchId() != null)
                .collect(Collectors.groupingBy(Transfer::batchId, Collectors.counting()));
        for (Transfer t : open) {
            if (t.batchId() != null && !t.batchId().equals(t.id())) {
                continue; // a 整建制转移 is one step to take and one letter to track: its lead stands for it
            }
            String name = (names.containsKey(t.memberId()) ? names.get(t.memberId()).name() : "")
                    + (t.batchId() == null ? "" : "等" + batchSizes.get(t.batchId()) + "名党员");
            Optional.ofNullable(waits.get(t.id()))
                    .filter(w -> wanted.contains(w.orgId()) && refs.containsKey(w.orgId())).ifPresent(w -> {
                int limit = Integer.parseInt(resolver.valuesFor(refs.get(w.orgId()).path())
                        .get(TransferParameters.STEP_DAYS));
                OrgUnitRef from = refs.get(t.fromOrgId());
                waiting.computeIfAbsent(w.orgId(), k -> new ArrayList<>()).add(new WaitingStep(t.id(), name,
                        from == null ? "" : from.name(), w.approval(), w.since(), limit,
                        TransferDeadlines.stepDue(w.since(), limit, days)));
            });
            TransferLetter l = t.letter();
            if (l != null && l.issued() && wanted.contains(t.fromOrgId())) { // sent and issued: no 回执 yet
                LocalDate validThrough = l.validThrough(days);
                letters.computeIfAbsent(t.fromOrgId(), k -> new ArrayList<>()).add(new UnansweredLetter(t.id(), name,
                        l.number(), t.toName(), l.issuedOn(), validThrough,
                        TransferDeadlines.receiptDue(validThrough, days)));
            }
        }
        return facts(waiting, letters, receipts, away);
    }

    private static Map<Long, TransferFacts> facts(Map<Long, List<WaitingStep>> waiting,
                                                  Map<Long, List<UnansweredLetter>> letters,
                                                  Map<Long, List<OwedReceipt>> receipts,
                                                  Map<Long, List<MobileAway>> away) {
        Map<Long, TransferFacts> facts = new HashMap<>();
        Set<Long> withFacts = new HashSet<>(waiting.keySet());
        withFacts.addAll(letters.keySet());
        withFacts.addAll(receipts.keySet());
        withFacts.addAll(away.keySet());
        withFacts.forEach(org -> facts.put(org, new TransferFacts(waiting.getOrDefault(org, List.of()),
                letters.getOrDefault(org, List.of()), receipts.getOrDefault(org, List.of()),
                away.getOrDefault(org, List.of()))));
        return facts;
    }

    /** The organizations' members registered as gone away, with their last contact, in one statement. */
    private Map<Long, List<MobileAway>> away(List<Long> orgIds) {
        Map<Long, List<MobileAway>> away = new HashMap<>();
        jdbc.sql("""
                        SELECT m.id, m.org_id, m.name, m.destination, m.since, m.fixed_place,
                               (SELECT max(c.contacted_on) FROM transfer_mobile_contact c WHERE c.mobile_id = m.id) AS last
                        FROM transfer_mobile m
                        WHERE m.org_id IN (:orgs) AND m.direction = 'OUT' AND m.ended_on IS NULL ORDER BY m.since, m.id""")
                .param("orgs", orgIds)
                .query((rs, n) -> {
                    LocalDate since = rs.getObject("since", LocalDate.class);
                    LocalDate last = rs.getObject("last", LocalDate.class);
                    return Map.entry(rs.getLong("org_id"), new MobileAway(rs.getLong("id"), rs.getString("name"),
                            rs.getString("destination"), since, rs.getBoolean("fixed_place"), last,
                            TransferDeadlines.nextContactDue(last == null ? since : last)));
                })
                .list().forEach(e -> away.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return away;
    }

    /** The letters from outside the platform the organizations took members in with and owe a 回执 for, in one statement. */
    private Map<Long, List<OwedReceipt>> owedReceipts(List<Long> orgIds, WorkingDays days) {
        Map<Long, List<OwedReceipt>> owed = new HashMap<>();
        jdbc.sql("""
                        SELECT id, org_id, member_name, issuer, letter_no, received_on FROM transfer_incoming
                        WHERE org_id IN (:orgs) AND receipt_sent_on IS NULL ORDER BY received_on, id""")
                .param("orgs", orgIds)
                .query((rs, n) -> Map.entry(rs.getLong("org_id"), new OwedReceipt(rs.getLong("id"),
                        rs.getString("member_name"), rs.getString("issuer"), rs.getString("letter_no"),
                        rs.getObject("received_on", LocalDate.class),
                        TransferDeadlines.receiptDue(rs.getObject("received_on", LocalDate.class), days))))
                .list().forEach(e -> owed.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return owed;
    }
}
