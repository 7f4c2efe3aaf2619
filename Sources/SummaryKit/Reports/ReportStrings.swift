import Foundation

/// The language of the human-facing reports (text, Markdown, HTML, the message of SARIF
/// results): `summarykit … --lang zh|en`.
///
/// JSON keeps its stable ids and English `message` whatever the language, and adds every
/// language's message (``Finding/message(in:)``).
public enum ReportLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    /// English.
    case en
    /// Simplified Chinese.
    case zh

    /// The language the environment asks for, as the C library reads it: the first of
    /// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty; a value starting with `zh`
    /// (`zh_CN.UTF-8`, `zh_TW`) gives ``zh``, anything else (`C`, `POSIX`, `en_US.UTF-8`), or
    /// none set, gives ``en``.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ReportLanguage {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return .en
    }
}

/// Every string the human-facing reports print, one table per language, keyed by message id.
///
/// A template's `{0}`, `{1}` … are filled with ``format(_:_:)``'s arguments. A third language
/// is one more entry in ``tables`` (ReportLanguageTests checks that every table has every key
/// of the English one). Terms used throughout the Chinese table: 检查项 (checklist section),
/// 必查项 (required section), 覆盖率, 证据段落, 已覆盖/薄弱/缺失, 通过/不通过.
package struct ReportStrings: Sendable {
    /// The language of the strings.
    package let language: ReportLanguage
    private let table: [String: String]

    /// The strings of `language`.
    package init(_ language: ReportLanguage) {
        self.language = language
        table = Self.tables[language] ?? Self.english
    }

    /// The string for `key`: this language's, else the English one, else the key itself.
    package subscript(_ key: String) -> String {
        table[key] ?? Self.english[key] ?? key
    }

    /// The template `key` with `{0}`, `{1}` … replaced by `arguments`.
    package func format(_ key: String, _ arguments: String...) -> String {
        Self.fill(self[key], arguments)
    }

    /// The template `key` with `{0}`, `{1}` … replaced by `arguments`.
    package func format(_ key: String, arguments: [String]) -> String {
        Self.fill(self[key], arguments)
    }

    /// A system error's short reason (`no such file or directory`) in this language, as is
    /// when the table has no translation.
    package func reason(_ text: String) -> String {
        table["reason.\(text)"] ?? text
    }

    static func fill(_ template: String, _ arguments: [String]) -> String {
        guard template.contains("{") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let n = Int(rest[afterOpen..<close]), arguments.indices.contains(n) {
                out += arguments[n]
                rest = rest[rest.index(after: close)...]
            } else {
                out += "{"
                rest = rest[afterOpen...]
            }
        }
        return out + rest
    }

    // MARK: Names of values

    /// The section status as a report prints it.
    package func status(_ status: SectionStatus) -> String { self["status.\(status.rawValue)"] }
    /// The severity as a report prints it.
    package func severity(_ severity: Finding.Severity) -> String { self["severity.\(severity.rawValue)"] }
    /// The rule's name: its stable id in English, a short name in Chinese.
    package func rule(_ rule: FindingRule) -> String { self["rule.\(rule.rawValue)"] }
    /// A tagger category's name.
    package func category(_ category: Category) -> String { self["category.\(category.rawValue)"] }
    /// The text's language as a report prints it.
    package func textLanguage(_ language: Language) -> String { self["language.\(language.rawValue)"] }
    /// The kind of organisation as a report prints it.
    package func organization(_ kind: OrganizationKind) -> String { self["organization.\(kind.rawValue)"] }
    /// The verdict word.
    package func verdict(_ passed: Bool) -> String { self[passed ? "verdict.pass" : "verdict.fail"] }

    /// What a report calls section `id` of `checklist`: its Chinese title in Chinese; in English
    /// its id (`short`, for the text report's columns) or its English title. A section the
    /// checklist does not have, or one without a title, is called by its id.
    package func section(_ id: String, in checklist: Checklist, short: Bool = false) -> String {
        guard let section = checklist.sections.first(where: { $0.id == id }) else { return id }
        switch language {
        case .zh: return section.titleZh.isEmpty ? id : section.titleZh
        case .en: return short || section.titleEn.isEmpty ? id : section.titleEn
        }
    }

    /// The finding's message in this language, from its rule and ``Finding/arguments``; its
    /// stored ``Finding/message`` when it has no arguments (a finding made by hand, or decoded
    /// from JSON) and the language is not English.
    package func message(_ finding: Finding) -> String {
        Self.message(rule: finding.rule, arguments: finding.arguments, in: self) ?? finding.message
    }

    /// The message of `rule` with `arguments` (see ``Finding/arguments`` for what each rule
    /// passes), or nil when the arguments do not fit the rule.
    package static func message(rule: FindingRule, arguments a: [String], in strings: ReportStrings) -> String? {
        let needed: Int
        switch rule {
        case .sectionThin: needed = 4
        case .sectionMissing: needed = 3
        case .headingUnsupported: needed = 2
        case .placeholder, .boilerplate, .emptyHeading, .repeatedParagraph, .shortcomingUnaddressed, .measureUnanchored: needed = 1
        case .copiedText:
            // English keeps the finding's own sentence (its plurals: "1 passage", "line 4 ↔ 2").
            guard strings.language != .en else { return nil }
            needed = 5
        }
        guard a.count >= needed else { return nil }
        switch rule {
        case .headingUnsupported:
            // The category is named in the report's language.
            let name = Category(rawValue: a[1]).map { strings.category($0) } ?? a[1]
            return strings.format("message.\(rule.rawValue)", a[0], name)
        default:
            return fill(strings["message.\(rule.rawValue)"], a)
        }
    }

    // MARK: Errors

    /// The sentence a user reads for `error`: input and checklist errors in this language (the
    /// English sentences are their ``TextDecodingError/description``), any other error as it
    /// describes itself.
    package func describe(_ error: any Error) -> String {
        switch error {
        case let error as TextDecodingError: return describe(error)
        case let error as DocumentError: return describe(error)
        case let error as ChecklistError:
            guard language != .en else { return error.description }
            // The problems themselves are English sentences; the heading says what they are.
            return format("error.checklist", error.file, String(error.problems.count)) + "\n" + error.description
        default: return "\(error)"
        }
    }

    /// The sentence for a decoding error, starting with the file.
    package func describe(_ error: TextDecodingError) -> String {
        switch error {
        case let .unreadable(file, reason): return format("error.unreadable", file, self.reason(reason))
        case let .empty(file): return format("error.empty", file)
        case let .tooLarge(file, bytes, limit): return format("error.tooLarge", file, String(bytes), String(limit))
        case let .binary(file, offset): return format("error.binary", file, String(offset))
        case let .invalidBytes(file, encoding, offset): return format("error.invalidBytes", file, encoding, String(offset))
        case let .undetectable(file, guess):
            return format("error.undetectable", file, guess.map { format("error.undetectable.guess", $0) } ?? "")
        case let .unknownEncoding(file, name): return format("error.unknownEncoding", file, name)
        }
    }

    /// The sentence for a document error, starting with the file.
    package func describe(_ error: DocumentError) -> String {
        switch error {
        case let .decoding(error): return describe(error)
        case let .corruptContainer(file, format, reason):
            return self.format("error.corruptContainer", file, self["error.container.\(format.rawValue)"], reason)
        case let .missingPart(file, part): return format("error.missingPart", file, part)
        case let .partTooLarge(file, part, bytes, limit): return format("error.partTooLarge", file, part, String(bytes), String(limit))
        case let .malformedXML(file, part, line, reason): return format("error.malformedXML", file, part, String(line), reason)
        case let .unsupportedFormat(file, format): return self.format("error.unsupportedFormat", file, format)
        }
    }

    // MARK: Tables

    /// Every language's table.
    package static let tables: [ReportLanguage: [String: String]] = [.en: english, .zh: chinese]

    /// English: the wording of the reports before there was a choice of language.
    package static let english: [String: String] = [
        // Statuses, severities, verdicts.
        "status.covered": "covered", "status.thin": "thin", "status.missing": "missing",
        "severity.error": "error", "severity.warning": "warning", "severity.note": "note",
        "verdict.pass": "PASS", "verdict.fail": "FAIL", "verdict.error": "ERROR",
        // Rules: their stable ids.
        "rule.section-missing": "section-missing", "rule.section-thin": "section-thin",
        "rule.placeholder": "placeholder", "rule.boilerplate": "boilerplate",
        "rule.empty-heading": "empty-heading", "rule.repeated-paragraph": "repeated-paragraph",
        "rule.heading-unsupported": "heading-unsupported",
        "rule.shortcoming-unaddressed": "shortcoming-unaddressed", "rule.measure-unanchored": "measure-unanchored",
        "rule.copied-text": "copied-text",
        // Rules' one-line descriptions (`--help`, SARIF).
        "rule.summary.section-missing": "A required checklist section is missing from the summary.",
        "rule.summary.section-thin": "A checklist section is mentioned only in passing.",
        "rule.summary.placeholder": "An unfilled template placeholder (x村, 20xx年, XXX, 某某, ____) is left in the text.",
        "rule.summary.boilerplate": "Web-page chrome (breadcrumbs, share lines, recommended articles) is left in the text.",
        "rule.summary.empty-heading": "A heading has no text under it.",
        "rule.summary.repeated-paragraph": "A paragraph repeats an earlier paragraph of the same file word for word.",
        "rule.summary.heading-unsupported": "A heading announces a topic that the paragraphs under it do not cover.",
        "rule.summary.shortcoming-unaddressed": "A shortcoming the summary admits has no measure among its plans.",
        "rule.summary.measure-unanchored": "A plan answers none of the shortcomings the summary states.",
        "rule.summary.copied-text": "A substantial part of the summary's text is also in a reference document or in another submission.",
        "report.defaultChecklist": "default",
        // Finding messages: {0}, {1} … are the finding's arguments.
        "message.section-missing": "The section '{0}' ({1} / {2}) is missing.",
        "message.section-thin": "The section '{0}' ({1} / {2}) is only mentioned in passing (best score {3}).",
        "message.placeholder": "The template placeholder '{0}' was never filled in.",
        "message.boilerplate": "Web-page chrome is left in the text: '{0}'.",
        "message.empty-heading": "The heading '{0}' has no text under it.",
        "message.repeated-paragraph": "This paragraph repeats the one on line {0} word for word.",
        "message.heading-unsupported": "The heading '{0}' announces {1}, but no paragraph under it is about {1}.",
        "message.shortcoming-unaddressed": "The shortcoming '{0}' has no measure among the plans.",
        "message.measure-unanchored": "The plan '{0}' answers none of the shortcomings stated.",
        // English copied-text messages are the finding's own (CopiedText.message: plurals).
        "message.copied-text": "{0} of this summary matches {1} ({2} passages, lines {3} ↔ {4}).",
        // Categories, languages, organisations: their ids.
        "category.study": "study", "category.discipline": "discipline",
        "category.member_development": "member_development", "category.mass_work": "mass_work",
        "category.shortcomings": "shortcomings", "category.plans": "plans",
        "language.zh": "zh", "language.en": "en", "language.mixed": "mixed",
        "organization.village": "village", "organization.community": "community", "organization.school": "school",
        "organization.university": "university", "organization.hospital": "hospital",
        "organization.enterprise": "enterprise", "organization.government": "government",
        // Report text.
        "report.title": "SummaryKit audit",
        "report.summary": "Summary {0}: ",
        "report.untitled": "(untitled)",
        "report.lines": "(lines {0}–{1})",
        "report.Lines": "Lines {0}–{1}",
        "report.line": "line {0}",
        "report.findings": "findings:",
        "report.Findings": "Findings",
        "report.pairs": "problems and measures:", "report.Pairs": "Problems and measures",
        "header.problem": "shortcoming", "header.measure": "measure answering it", "header.shared": "shared concepts",
        "report.verdict": "verdict: ",
        "report.places": " ({0} places: {1})",
        "report.facts": "({0})",
        "report.factsSeparator": ", ",
        "report.figures": "{0}/{1} sections covered, coverage {2} {3} {4}",
        "report.requiredMissing.one": "required section missing: {0} ({1})",
        "report.requiredMissing.many": "required sections missing: {0} ({1})",
        "report.requiredMissing.short": "required missing: {0}",
        "report.listSeparator": ", ",
        "markdown.finding": "- `{0}` ({1}) line {2}: {3}",
        "markdown.requiredMissing": " (required missing: {0})",
        "report.encoding": "Encoding {0}",
        "report.language": "language {0}",
        "report.coverage": "coverage",
        "report.checklist": "Checklist: {0} · pass mark {1}",
        "report.overview": "Overview",
        "report.text": "Text",
        "report.paragraphColours": "Paragraph colours: ",
        // The HTML overview.
        "overview.heading": "Overview", "overview.files.one": "{0} file", "overview.files.many": "{0} files",
        "overview.summaries.one": "{0} summary", "overview.summaries.many": "{0} summaries",
        "overview.passed": "{0} passed", "overview.failed": "{0} failed", "overview.weakest": "Weakest sections",
        "overview.allCovered": "Every section is covered in every summary.", "overview.missingIn": "missing in",
        "overview.thinIn": "thin in", "overview.count": "{0} of {1}", "overview.filesHeading": "Files",
        "overview.file": "file", "overview.summaries": "summaries", "overview.lowest": "lowest coverage",
        "overview.missingSections": "missing sections",
        "report.placeholderMark": "unfilled placeholder",
        "report.chartLabel": "section scores",
        "report.error": "ERROR: {0}",
        "report.minimum": "{0} (min)",
        "report.totals": "{0} files: {1} passed, {2} failed, {3} could not be read",
        "report.extracted": "{0} (line {1}, column {2} of the text extracted from the {3} file)",
        // Table headers.
        "header.file": "file", "header.summaries": "summaries", "header.coverage": "coverage",
        "header.verdict": "verdict", "header.section": "section", "header.status": "status",
        "header.score": "score", "header.paragraphs": "paragraphs", "header.evidence": "best evidence",
        // `checklist show`: how a checklist is applied, as YAML comments.
        "checklist.rules": """
        # How a summary is judged against this checklist:
        # - covered: at least covered.min_paragraphs units are tagged with one of the section's
        #   categories (or score covered.min_score, when given) and hold covered.min_characters
        #   characters between them;
        # - thin: short of that, at least thin.min_paragraphs units score thin.min_score or more,
        #   or name one of the section's own concepts with a lexicon weight of thin.min_mention or
        #   more, not negated (mentioned in passing);
        # - missing: neither.
        # Coverage is the weighted share of sections covered, thin counting half, 0-100.
        # A summary passes when its coverage reaches --fail-under (60 by default) AND no section
        # with required: true is missing; a missing required section fails it at any coverage.

        """,
        // Input errors: {0} is the file.
        "error.unreadable": "{0}: cannot read the file: {1}.",
        "error.empty": "{0}: the file is empty.",
        "error.tooLarge": "{0}: the file has {1} bytes, more than the limit of {2} bytes.",
        "error.binary": "{0}: this looks like a binary file, not text (control byte at byte offset {1}).",
        "error.invalidBytes": "{0}: the bytes are not valid {1} (first bad byte at byte offset {2}).",
        "error.undetectable": "{0}: the text encoding could not be recognised{1}; name it with --encoding.",
        "error.undetectable.guess": " (ICU's best guess, {0}, was not trusted)",
        "error.unknownEncoding": "{0}: '{1}' is not an encoding that ICU knows.",
        "error.corruptContainer": "{0}: the file is not a valid {1} ({2}).",
        "error.container.docx": "Word .docx document", "error.container.html": "HTML page", "error.container.text": "text file",
        "error.missingPart": "{0}: the Word document has no {1}, so it holds no text to read.",
        "error.partTooLarge": "{0}: {1} unpacks to {2} bytes, more than the limit of {3} bytes.",
        "error.malformedXML": "{0}: {1} is not well-formed XML (line {2}: {3}).",
        "error.unsupportedFormat": "{0}: {1} files are not supported; save it as .docx, .html or plain text.",
        "error.checklist": "{0}: the checklist has {1} problems:",
        "error.folderUnreadable": "{0}: cannot read the folder: {1}.",
        "error.entryUnreadable": "{0}: cannot read: {1}.",
        "error.linkUnreadable": "{0}: cannot read the symbolic link's target: {1}.",
        "error.noFiles": "{0}: no supported files (.txt, .docx, .html, .htm) in the folder.",
        "error.noFilesFiltered": "{0}: no supported files (.txt, .docx, .html, .htm) in the folder match --include/--exclude.",
        // Statistics reports.
        "stats.title": "SummaryKit corpus statistics",
        "stats.counts": "{0} inputs, {1} summaries, {2} of text; {3} inputs failed.",
        "stats.failures": "Failures", "stats.input": "input", "stats.reason": "reason", "stats.message": "message",
        "stats.mix": "Mix", "stats.language": "language", "stats.organisation": "organisation", "stats.year": "year",
        "stats.share": "share", "stats.lengths": "Lengths per summary", "stats.measure": "measure", "stats.mean": "mean",
        "stats.min": "min", "stats.max": "max", "stats.characters": "characters", "stats.tokens": "tokens",
        "stats.categories": "Categories", "stats.category": "category", "stats.meanBestScore": "mean best score",
        "stats.meanCoverageNone": "Mean coverage n/a: no summary was read.",
        "stats.meanCoverage": "Mean coverage {0} of 100.",
        "stats.mostMissing": "Most often missing: **{0}** ({1} of summaries).",
        "stats.placeholders": "Placeholders and boilerplate",
        "stats.none": "n/a: no summary was read.",
        "stats.placeholderShare": "{0} summaries ({1}) hold unfilled template slots; boilerplate is {2} of a summary's text on average.",
        "stats.topTerms": "Top terms", "stats.byFrequency": "by frequency", "stats.count": "count", "stats.byKeyness": "by keyness",
        "stats.concepts": "Concepts", "stats.concept": "concept", "stats.matches": "matches",
        "stats.nearDuplicates": "Near-duplicates",
        "stats.clustered": "{0} of {1} signed summaries are in {2} clusters.",
        "stats.cluster": "cluster", "stats.size": "size", "stats.minSimilarity": "min. similarity", "stats.members": "members",
        "stats.chart.coverage": "Coverage per summary (0–100)",
        "stats.chart.categories": "Category prevalence (summaries with a tagged paragraph)",
        "stats.chart.caption": "{0} missing, {1} thin",
        "stats.chart.sections": "Missing (red) and thin (amber) sections",
        "stats.chart.languages": "Language mix", "stats.chart.organisations": "Organisation mix",
        "stats.html.counts": "{0} inputs, {1} summaries, {2} failed; mean coverage {3}.",
        "stats.sections": "Sections", "stats.coverage": "Coverage", "stats.keyTerms": "Key terms: {0}", "stats.term": "term",
        "stats.clusters": "Near-duplicate clusters",
    ]

    /// Simplified Chinese, in the terms of a party-branch auditor.
    static let chinese: [String: String] = [
        "status.covered": "已覆盖", "status.thin": "薄弱", "status.missing": "缺失",
        "severity.error": "错误", "severity.warning": "警告", "severity.note": "提示",
        "verdict.pass": "通过", "verdict.fail": "不通过", "verdict.error": "无法读取",
        "rule.section-missing": "检查项缺失", "rule.section-thin": "检查项薄弱",
        "rule.placeholder": "占位符未填写", "rule.boilerplate": "网页残留",
        "rule.empty-heading": "空标题", "rule.repeated-paragraph": "段落重复",
        "rule.heading-unsupported": "标题无内容支撑",
        "rule.shortcoming-unaddressed": "问题无整改措施", "rule.measure-unanchored": "措施无对应问题",
        "rule.copied-text": "文字雷同",
        "rule.summary.section-missing": "总结缺少检查清单中的必查项。",
        "rule.summary.section-thin": "检查项只是一笔带过，没有成段的具体内容。",
        "rule.summary.placeholder": "正文中留有未填写的模板占位符（x村、20xx年、XXX、某某、____）。",
        "rule.summary.boilerplate": "正文中残留网页内容（导航路径、分享按钮、推荐文章等）。",
        "rule.summary.empty-heading": "标题下没有正文。",
        "rule.summary.repeated-paragraph": "某段与同一文件中前面的段落逐字重复。",
        "rule.summary.heading-unsupported": "标题提到的主题，其下的段落没有涉及。",
        "rule.summary.shortcoming-unaddressed": "总结查摆出的问题，在下一步计划中找不到对应的整改措施。",
        "rule.summary.measure-unanchored": "计划中的措施没有回应总结提出的任何问题。",
        "rule.summary.copied-text": "总结有相当一部分文字与参考文档或同批提交的其他总结相同。",
        "report.defaultChecklist": "默认（内置六项）",
        "message.section-missing": "缺少“{1}”方面的内容。",
        "message.section-thin": "“{1}”只是一笔带过（最高得分 {3}），需要有成段的具体内容。",
        "message.placeholder": "模板占位符“{0}”未填写。",
        "message.boilerplate": "正文中残留网页内容：“{0}”。",
        "message.empty-heading": "标题“{0}”下没有正文。",
        "message.repeated-paragraph": "本段与第 {0} 行的段落逐字重复。",
        "message.heading-unsupported": "标题“{0}”提到{1}，但其下没有一段写的是{1}。",
        "message.shortcoming-unaddressed": "问题“{0}”在下一步计划中没有对应的整改措施。",
        "message.measure-unanchored": "计划“{0}”没有对应前面查摆出的任何问题。",
        "message.copied-text": "本总结有{0}的文字与{1}相同（{2}段，第{3}行 ↔ 第{4}行）。",
        "category.study": "学习教育", "category.discipline": "纪律作风",
        "category.member_development": "党员发展与组织建设", "category.mass_work": "群众工作",
        "category.shortcomings": "问题与不足", "category.plans": "下一步打算",
        "language.zh": "中文", "language.en": "英文", "language.mixed": "中英混合",
        "organization.village": "村", "organization.community": "社区", "organization.school": "学校",
        "organization.university": "高校", "organization.hospital": "医院",
        "organization.enterprise": "企业", "organization.government": "机关",
        "report.title": "党支部工作总结审核报告",
        "report.summary": "第 {0} 篇总结：",
        "report.untitled": "（无标题）",
        "report.lines": "（第 {0}–{1} 行）",
        "report.Lines": "第 {0}–{1} 行",
        "report.line": "第 {0} 行",
        "report.findings": "发现的问题：",
        "report.Findings": "发现的问题",
        "report.pairs": "问题与整改措施：", "report.Pairs": "问题与整改措施",
        "header.problem": "查摆的问题", "header.measure": "对应的整改措施", "header.shared": "共同概念",
        "report.verdict": "结论：",
        "report.places": "（共{0}处：{1}）",
        "report.facts": "（{0}）",
        "report.factsSeparator": "，",
        "report.figures": "已覆盖{0}/{1}个检查项，覆盖率 {2} {3} {4}",
        "report.requiredMissing.one": "缺少必查项：{0}（{1}）",
        "report.requiredMissing.many": "缺少必查项：{0}（{1}）",
        "report.requiredMissing.short": "缺少必查项：{0}",
        "report.listSeparator": "、",
        "markdown.finding": "- **{0}**（{1}）第 {2} 行：{3}",
        "markdown.requiredMissing": "（缺少必查项：{0}）",
        "report.encoding": "编码 {0}",
        "report.language": "语言 {0}",
        "report.coverage": "覆盖率",
        "report.checklist": "检查清单：{0} · 合格线 {1}",
        "report.overview": "总览",
        "report.text": "正文",
        "report.paragraphColours": "段落颜色：",
        // The HTML overview.
        "overview.heading": "总览", "overview.files.one": "{0}个文件", "overview.files.many": "{0}个文件",
        "overview.summaries.one": "{0}篇总结", "overview.summaries.many": "{0}篇总结",
        "overview.passed": "{0}篇通过", "overview.failed": "{0}篇不通过", "overview.weakest": "最薄弱的检查项",
        "overview.allCovered": "每篇总结的每个检查项都已覆盖。", "overview.missingIn": "缺失",
        "overview.thinIn": "薄弱", "overview.count": "{0}/{1}篇", "overview.filesHeading": "文件",
        "overview.file": "文件", "overview.summaries": "总结篇数", "overview.lowest": "最低覆盖率",
        "overview.missingSections": "缺失的检查项",
        "report.placeholderMark": "模板占位符未填写",
        "report.chartLabel": "各检查项得分",
        "report.error": "无法读取：{0}",
        "report.minimum": "{0}（最低）",
        "report.totals": "共{0}个文件：{1}个通过，{2}个不通过，{3}个无法读取",
        "report.extracted": "{0}（从 {3} 文件提取的正文第 {1} 行第 {2} 列）",
        "header.file": "文件", "header.summaries": "总结数", "header.coverage": "覆盖率",
        "header.verdict": "结论", "header.section": "检查项", "header.status": "状态",
        "header.score": "得分", "header.paragraphs": "段落数", "header.evidence": "最佳证据段落",
        "checklist.rules": """
        # 按本检查清单审核一篇总结的规则：
        # - 已覆盖：至少有 covered.min_paragraphs 个段落被标为该检查项的类别之一（给出
        #   covered.min_score 时，为得分达到该值），且这些段落合计不少于 covered.min_characters 字；
        # - 薄弱：达不到已覆盖，但至少有 thin.min_paragraphs 个段落得分不低于 thin.min_score，
        #   或提到该检查项本身的概念（词表权重不低于 thin.min_mention，且不是否定说法）
        #   （只是一笔带过）；
        # - 缺失：以上都不满足。
        # 覆盖率为已覆盖检查项的加权占比（薄弱计一半），0-100。
        # 覆盖率达到 --fail-under（默认 60）且没有缺失 required: true 的必查项，才算通过；
        # 缺少任何一个必查项，覆盖率再高也不通过。

        """,
        "error.unreadable": "{0}：无法读取该文件：{1}。",
        "error.empty": "{0}：文件是空的。",
        "error.tooLarge": "{0}：文件有 {1} 字节，超过了 {2} 字节的上限。",
        "error.binary": "{0}：这像是二进制文件，不是文本（字节偏移 {1} 处有控制字符）。",
        "error.invalidBytes": "{0}：内容不是有效的 {1} 编码（第一个错误字节的偏移为 {2}）。",
        "error.undetectable": "{0}：无法识别文本编码{1}；请用 --encoding 指定（如 --encoding GB18030）。",
        "error.undetectable.guess": "（ICU 猜测为 {0}，但不可靠）",
        "error.unknownEncoding": "{0}：ICU 不认识编码“{1}”。",
        "error.corruptContainer": "{0}：不是有效的{1}（{2}）。",
        "error.container.docx": " Word .docx 文档", "error.container.html": " HTML 网页", "error.container.text": "文本文件",
        "error.missingPart": "{0}：Word 文档缺少 {1}，没有可读取的正文。",
        "error.partTooLarge": "{0}：{1} 解压后有 {2} 字节，超过了 {3} 字节的上限。",
        "error.malformedXML": "{0}：{1} 不是格式正确的 XML（第 {2} 行：{3}）。",
        "error.unsupportedFormat": "{0}：不支持 {1} 文件；请另存为 .docx、.html 或纯文本。",
        "error.checklist": "{0}：检查清单有 {1} 处错误：",
        "error.folderUnreadable": "{0}：无法读取该文件夹：{1}。",
        "error.entryUnreadable": "{0}：无法读取：{1}。",
        "error.linkUnreadable": "{0}：无法读取符号链接指向的目标：{1}。",
        "error.noFiles": "{0}：文件夹中没有可读取的文件（.txt、.docx、.html、.htm）。",
        "error.noFilesFiltered": "{0}：文件夹中没有符合 --include/--exclude 的可读取文件（.txt、.docx、.html、.htm）。",
        "reason.no such file or directory": "文件或目录不存在",
        "reason.permission denied": "没有读取权限",
        "reason.too many levels of symbolic links": "符号链接层数过多",
        "reason.a part of the path is not a directory": "路径中有一部分不是目录",
        "reason.is a directory": "这是一个目录",
        "stats.title": "党支部工作总结语料统计",
        "stats.counts": "输入 {0} 个，总结 {1} 篇，正文 {2}；{3} 个输入读取失败。",
        "stats.failures": "读取失败", "stats.input": "输入", "stats.reason": "原因", "stats.message": "说明",
        "stats.mix": "构成", "stats.language": "语言", "stats.organisation": "单位类型", "stats.year": "年份",
        "stats.share": "占比", "stats.lengths": "每篇总结的篇幅", "stats.measure": "指标", "stats.mean": "平均",
        "stats.min": "最少", "stats.max": "最多", "stats.characters": "字数", "stats.tokens": "词数",
        "stats.categories": "内容类别", "stats.category": "类别", "stats.meanBestScore": "平均最高得分",
        "stats.meanCoverageNone": "平均覆盖率：无（没有读到总结）。",
        "stats.meanCoverage": "平均覆盖率 {0}（满分 100）。",
        "stats.mostMissing": "最常缺失：**{0}**（{1} 的总结）。",
        "stats.placeholders": "模板占位符与网页残留",
        "stats.none": "无：没有读到总结。",
        "stats.placeholderShare": "{0} 篇总结（{1}）留有未填写的模板占位符；网页残留平均占每篇正文的 {2}。",
        "stats.topTerms": "高频词", "stats.byFrequency": "按频次", "stats.count": "次数", "stats.byKeyness": "按关键度",
        "stats.concepts": "概念", "stats.concept": "概念", "stats.matches": "匹配次数",
        "stats.nearDuplicates": "近似重复",
        "stats.clustered": "已签名的 {1} 篇总结中有 {0} 篇归入 {2} 个近似重复组。",
        "stats.cluster": "组", "stats.size": "篇数", "stats.minSimilarity": "最低相似度", "stats.members": "成员",
        "stats.chart.coverage": "每篇总结的覆盖率（0–100）",
        "stats.chart.categories": "各内容类别出现情况（有相应段落的总结数）",
        "stats.chart.caption": "缺失 {0}，薄弱 {1}",
        "stats.chart.sections": "缺失（红）与薄弱（黄）的检查项",
        "stats.chart.languages": "语言构成", "stats.chart.organisations": "单位类型构成",
        "stats.html.counts": "输入 {0} 个，总结 {1} 篇，失败 {2} 个；平均覆盖率 {3}。",
        "stats.sections": "检查项", "stats.coverage": "覆盖率", "stats.keyTerms": "关键词：{0}", "stats.term": "词",
        "stats.clusters": "近似重复组",
    ]
}
