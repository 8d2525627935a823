-- documents module: a Party organization's own Word template for one kind of document (会议记录, 签到表 …).
-- It applies to the organization and every organization below it that has none of its own; the nearest one
-- on the organization's path wins. Rows are keyed by org id only: the caller passes the current path, so a
-- moved organization takes its templates along and inherits from its new parents without any rewrite.
CREATE TABLE document_custom_template (
    org_id      bigint      NOT NULL,
    kind        text        NOT NULL,
    file_name   text        NOT NULL,
    content     bytea       NOT NULL,
    size_bytes  int         NOT NULL,
    uploaded_by text        NOT NULL,
    uploaded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, kind),
    CONSTRAINT document_custom_template_size CHECK (size_bytes BETWEEN 1 AND 2097152)
);
