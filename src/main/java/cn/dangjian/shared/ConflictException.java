package cn.dangjian.shared;

/** The request conflicts with the current state: a concurrent edit, a cycle in the tree, a duplicate. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
