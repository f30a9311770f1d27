package dev.copydesk.audit;

/** What an audit-trail line records. */
public enum AuditKind {
    SUBMITTED, APPROVED, CHANGES_REQUESTED, WAIVED, RESTORED, EDITED_IN_WORKFLOW,
    /** The export view's download: the story becomes EXPORTED. */
    EXPORTED,
    /** A read of the export over the API: recorded, the status unchanged. */
    EXPORTED_VIA_API,
    /** A finding that would block approval was ignored, with the editor's reason. */
    IGNORED_BLOCKING_FINDING,
    /** Such an ignore was taken back: the finding blocks again. */
    RESTORED_BLOCKING_FINDING
}
