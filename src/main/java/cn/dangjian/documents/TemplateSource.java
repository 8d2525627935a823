package cn.dangjian.documents;

/** Where the Word format in force for an organization comes from. */
public enum TemplateSource {
    BUILT_IN("平台标准格式"),
    OWN("本组织上传的格式"),
    INHERITED("沿用上级组织的格式");

    private final String label;

    TemplateSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
