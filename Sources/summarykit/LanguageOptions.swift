import ArgumentParser
import SummaryKit

/// `--lang zh|en`: the language of a human-facing report.
struct LanguageOptions: ParsableArguments {
    enum Choice: String, ExpressibleByArgument, CaseIterable { case zh, en }

    @Option(name: .customLong("lang"), help: "The report's language: zh or en (default: from LC_ALL, LC_MESSAGES or LANG, the first set; zh when it starts with 'zh', else en).")
    var lang: Choice?

    /// The language asked for, else the environment's (``ReportLanguage/fromEnvironment(_:)``).
    var language: ReportLanguage {
        lang.flatMap { ReportLanguage(rawValue: $0.rawValue) } ?? ReportLanguage.fromEnvironment()
    }
}
