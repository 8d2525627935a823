package cn.dangjian.duty;

import cn.dangjian.documents.GeneratedFile;

/** A generated document of the duty module (督办通知单, 整改台账), with its Chinese file name. */
public record DutyFile(String fileName, byte[] content) implements GeneratedFile {
}
