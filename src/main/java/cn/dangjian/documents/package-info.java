/**
 * Documents generated from recorded facts — "record once, output everything": DOCX from Word templates
 * with placeholders and PDF from XHTML templates with an embedded OFL TrueType CJK font. Other modules call
 * {@link cn.dangjian.documents.Documents} with a typed model such as
 * {@link cn.dangjian.documents.MeetingRecordDocument}.
 *
 * <p>A Party organization may upload its own Word format for each kind of document
 * ({@link cn.dangjian.documents.CustomTemplates}, table {@code document_custom_template}, owned here). It
 * applies to the organization and every organization below it that has none of its own: generation through
 * {@link cn.dangjian.documents.Documents#docxFor} takes the organization's materialised path from the caller
 * and uses the nearest organization on it that has a template, else the built-in one. Rows are keyed by org
 * id only, never by a copied path, so moves need no rewrite. PDFs always use the built-in XHTML layout.
 *
 * <p>Depends on {@code org}: the 文书格式 page and API check the caller's scope over the organization and name
 * the superior organization a format is inherited from, through {@link cn.dangjian.org.OrgUnits}. The org
 * module knows nothing of documents (its page only links to ours), so there is no cycle; rendering itself
 * still needs nothing from org.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org"})
package cn.dangjian.documents;
