/**
 * Documents generated from recorded facts — "record once, output everything": DOCX from Word templates
 * with placeholders (built-in ones, or a unit's own upload checked against the same placeholders) and
 * PDF from XHTML templates with an embedded OFL TrueType CJK font. Other modules call {@link
 * cn.dangjian.documents.Documents} with a typed model such as {@link cn.dangjian.documents.MeetingRecordDocument}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package cn.dangjian.documents;
