package cn.dangjian.documents;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The 支部党员大会决议 on admitting a candidate (FZ-15): the candidate's main performance, how many members with
 * voting rights should have attended and did, the result of the secret ballot with the written opinions counted
 * (FZ-14), the date, and a line for the 书记's signature. Every figure comes from the recorded meeting;
 * {@link #toModel()} fills {@link DocumentTemplate#ASSEMBLY_RESOLUTION}.
 *
 * @param organizationName the branch
 * @param name             the candidate
 * @param heldOn           the day of the assembly
 * @param place            where it met, or {@code null}
 * @param performance      the candidate's main performance as reported to the assembly
 * @param votingExpected   members with voting rights who should attend (应到会)
 * @param votingPresent    those who attended (实到会)
 * @param ballot           the counts, written opinions included
 * @param outcome          the result as the meeting computed it, e.g. 无记名投票，赞成5票，…，通过
 * @param passed           whether the assembly resolved to admit
 */
public record AssemblyResolutionDocument(String organizationName, String name, LocalDate heldOn, String place,
                                         String performance, int votingExpected, int votingPresent, Ballot ballot,
                                         String outcome, boolean passed) {

    public AssemblyResolutionDocument {
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(ballot, "ballot");
    }

    /**
     * The votes cast at the meeting plus the written opinions of voting members who could not attend (FZ-14).
     * {@code inFavour}, {@code against} and {@code abstaining} already include the written ones.
     */
    public record Ballot(boolean secret, int inFavour, int against, int abstaining, int written) {
    }

    /** “同意接收林晓雯同志为中共预备党员，报上级党委审批。”, or why the assembly did not. */
    public String resolution() {
        return passed ? "同意接收" + name + "同志为中共预备党员，报上级党委审批。"
                : "未通过接收" + name + "同志为中共预备党员的决议。";
    }

    /** The placeholder values for {@link DocumentTemplate#ASSEMBLY_RESOLUTION}. */
    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("组织名称", organizationName);
        model.put("姓名", name);
        model.put("会议日期", DocumentText.date(heldOn));
        model.put("会议地点", DocumentText.orEmpty(place));
        model.put("主要表现", DocumentText.orEmpty(performance));
        model.put("应到人数", String.valueOf(votingExpected));
        model.put("实到人数", String.valueOf(votingPresent));
        model.put("表决方式", ballot.secret() ? "无记名投票" : "举手表决");
        model.put("赞成票数", String.valueOf(ballot.inFavour()));
        model.put("反对票数", String.valueOf(ballot.against()));
        model.put("弃权票数", String.valueOf(ballot.abstaining()));
        model.put("书面意见份数", String.valueOf(ballot.written()));
        model.put("表决结果", DocumentText.orEmpty(outcome));
        model.put("决议", resolution());
        return model;
    }
}
