package cn.dangjian.documents.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;

import cn.dangjian.documents.DocumentTemplate;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.OfficeFile;

/** Checks an uploaded Word template: it opens, and it uses only the placeholders of its document. */
@Component
public class DocxTemplateCheck {

    private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#?/@*+=>]?)\\s*([^{}]*?)\\s*}}");
    private static final Pattern ROW_TAG = Pattern.compile("\\[([^\\[\\]\\s]{1,30})]");
    private static final String FIELD = "template";
    private static final String LABEL = "模板文件";

    /** Throws {@link InvalidInputException} with a Chinese message naming the first problems found. */
    public void check(DocumentTemplate template, byte[] docx) {
        if (docx == null || docx.length == 0) {
            throw new InvalidInputException(FIELD, LABEL, "请选择要上传的 Word 模板（.docx）");
        }
        switch (OfficeFile.of(Arrays.copyOf(docx, Math.min(docx.length, 8)))) {
            case ZIP -> { }
            case OLD_OR_ENCRYPTED -> throw new InvalidInputException(FIELD, LABEL, "文件是旧版 Word（.doc）格式或设置了密码，"
                    + "无法读取；请用 Word 或 WPS 另存为 .docx 格式、取消密码后再上传");
            case OTHER -> throw new InvalidInputException(FIELD, LABEL,
                    "文件不是有效的 Word（.docx）文件，请上传用 Word 或 WPS 保存的 .docx 模板");
        }
        Set<String> unknown = new LinkedHashSet<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            body(template, document.getBodyElements(), unknown);
            for (XWPFHeaderFooter part : concat(document.getHeaderList(), document.getFooterList())) {
                body(template, part.getBodyElements(), unknown);
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new InvalidInputException(FIELD, LABEL,
                    "文件已损坏或不是 Word（.docx）文档，无法打开；请用 Word 或 WPS 打开确认后另存为 .docx 再上传");
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(FIELD, LABEL, "模板中有未知的占位符 " + String.join("、", unknown)
                    + "。" + template.label() + "可用的占位符：" + template.describePlaceholders());
        }
    }

    private static List<XWPFHeaderFooter> concat(List<? extends XWPFHeaderFooter> a, List<? extends XWPFHeaderFooter> b) {
        List<XWPFHeaderFooter> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void body(DocumentTemplate template, List<IBodyElement> elements, Set<String> unknown) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                tags(template, paragraph.getText(), unknown);
            } else if (element instanceof XWPFTable table) {
                table(template, table, unknown);
            }
        }
    }

    private void table(DocumentTemplate template, XWPFTable table, Set<String> unknown) {
        Set<String> rowFields = null;
        for (XWPFTableRow row : table.getRows()) {
            Set<String> nextRowFields = null;
            for (XWPFTableCell cell : row.getTableCells()) {
                String text = cell.getText();
                Matcher tag = TAG.matcher(text);
                while (tag.find()) {
                    Set<String> columns = template.tables().get(tag.group(2));
                    if (columns != null) {
                        nextRowFields = columns;
                    }
                }
                tags(template, text, unknown);
                if (rowFields != null) {
                    Matcher rowTag = ROW_TAG.matcher(text);
                    while (rowTag.find()) {
                        if (!rowFields.contains(rowTag.group(1))) {
                            unknown.add("[" + rowTag.group(1) + "]");
                        }
                    }
                }
                body(template, cell.getBodyElements().stream()
                        .filter(element -> element instanceof XWPFTable).toList(), unknown);
            }
            rowFields = nextRowFields;
        }
    }

    private void tags(DocumentTemplate template, String text, Set<String> unknown) {
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            String name = tag.group(2);
            // poi-tl reads a prefixed tag as a picture ({{@…}}), a nested document ({{+…}}), a chart … which
            // would fetch or fail on our text values; only plain tags and {{?名称}}…{{/名称}} sections are safe
            boolean plain = tag.group(1).isEmpty() || tag.group(1).equals("?") || tag.group(1).equals("/");
            boolean known = plain && (template.fields().contains(name) || template.tables().containsKey(name)
                    || template.tables().values().stream().anyMatch(columns -> columns.contains(name)));
            if (!known) {
                unknown.add("{{" + tag.group(1) + name + "}}");
            }
        }
    }
}
