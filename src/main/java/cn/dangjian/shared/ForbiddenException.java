package cn.dangjian.shared;

/** The caller lacks the permission, or the target lies outside their scope. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
