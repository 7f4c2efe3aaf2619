import CICU

/// Facts about this build of the toolkit.
public enum SummaryKitInfo {
    /// The toolkit's version.
    public static let version = "0.1.0"
    /// The version of the system ICU library it runs on, e.g. `72.1`.
    public static var icuVersion: String { String(cString: sk_icu_version()) }
}
