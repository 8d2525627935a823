package cn.dangjian.shared;

/** The record does not exist, or lies outside the caller's scope (the two are not told apart). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
