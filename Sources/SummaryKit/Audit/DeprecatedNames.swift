// The names the Audit stage's values had before issue #17 gave each idea one name. They stay so
// that code written against them still compiles, with a warning that names the replacement.

/// Renamed ``FileAudit``: the audit of one file.
@available(*, deprecated, renamed: "FileAudit")
public typealias AuditReport = FileAudit

/// Renamed ``AuditedDocument``: a file's audit with the tagged document behind it.
@available(*, deprecated, renamed: "AuditedDocument")
public typealias AuditResult = AuditedDocument

/// Renamed ``FileAuditOutcome``: the outcome of auditing one file of a batch.
@available(*, deprecated, renamed: "FileAuditOutcome")
public typealias AuditOutcome = FileAuditOutcome

extension AuditedDocument {
    /// Renamed ``audit``: the file's audit.
    @available(*, deprecated, renamed: "audit")
    public var report: FileAudit {
        get { audit }
        set { audit = newValue }
    }
}
