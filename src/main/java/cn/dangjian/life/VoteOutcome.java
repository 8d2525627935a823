package cn.dangjian.life;

/**
 * What a recorded vote amounts to under ZB-08 / ZB-09: whether the meeting had its quorum, whether the
 * motion passed, and the sentence that says so (citing the rule when it fails).
 */
public record VoteOutcome(boolean quorumMet, boolean passed, String message) {
}
