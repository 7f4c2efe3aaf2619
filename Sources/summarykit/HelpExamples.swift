/// The examples that end every subcommand's help, each a command that runs when pasted in the
/// repository's root (after `bash scripts/run-corpus.sh` has built the binary and put it on the
/// path as `summarykit`).
enum HelpExamples {
    /// A help text with its "Examples:" block (written into the discussion, which the parser
    /// prints near the top) moved to the end, where a reader looks for it.
    static func movedToEnd(_ help: String) -> String {
        guard let start = help.range(of: "\n\nExamples:\n") else { return help }
        var end = help[start.upperBound...].startIndex
        // The block runs while lines are indented example lines.
        for line in help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("  "), !line.trimmingCharacters(in: .whitespaces).isEmpty else { break }
            end = help.index(line.endIndex, offsetBy: line.endIndex < help.endIndex ? 1 : 0)
        }
        let block = help[start.lowerBound..<end].trimmingCharacters(in: .newlines)
        let rest = String(help[..<start.lowerBound]) + "\n" + help[end...]
        return rest.trimmingCharacters(in: .newlines) + "\n\n" + block
    }

    /// An "Examples:" block for a help text's discussion.
    static func block(_ lines: [String]) -> String {
        "\n\nExamples:\n" + lines.map { "  " + $0 }.joined(separator: "\n")
    }

    static let root = block([
        "summarykit audit Corpus/texts                     # every summary in a folder",
        "summarykit tag Corpus/texts/zh-04-hospital.txt     # categories of each paragraph",
        "summarykit stats --format markdown Corpus/texts    # corpus statistics",
    ])
    static let segment = block([
        "summarykit segment Corpus/texts/zh-01-village.txt",
        "echo '加强党风廉政建设，落实三会一课' | summarykit segment --format jsonl",
    ])
    static let structure = block([
        "summarykit structure Corpus/texts/zh-05-multi.txt",
        "summarykit structure --format json Corpus/texts/en-01-school.txt",
    ])
    static let match = block([
        "summarykit match Corpus/texts/en-01-school.txt",
        "summarykit match --format jsonl Corpus/texts/zh-04-hospital.txt",
    ])
    static let lexiconValidate = block([
        "summarykit lexicon validate",
        "summarykit lexicon validate my-concepts.lex",
    ])
    static let lexiconShow = block([
        "summarykit lexicon show > lexicon.lex",
    ])
    static let tag = block([
        "summarykit tag Corpus/texts/zh-04-hospital.txt",
        "summarykit tag --all --format jsonl Corpus/texts/en-01-school.txt",
    ])
    static let eval = block([
        "summarykit eval --split test",
        "summarykit eval Corpus --split train --show-errors",
    ])
    static let audit = block([
        "summarykit audit Corpus/texts",
        "summarykit audit --lang zh Corpus/texts/zh-05-multi.txt",
        "summarykit audit --format html -o audit.html Corpus/texts/zh-05-multi.txt",
        "summarykit audit --fail-under 80 --format json -o audit.json Corpus/texts",
        "summarykit audit --reference refs.skidx Corpus/texts   # copies (index build)",
        "summarykit audit --cross-check Corpus/texts Corpus/variants",
    ])
    static let checklistShow = block([
        "summarykit checklist show > my-checklist.yaml",
    ])
    static let checklistValidate = block([
        "summarykit checklist validate my-checklist.yaml",
    ])
    static let stats = block([
        "summarykit stats Corpus/texts",
        "summarykit stats --format csv -o table.csv Corpus/texts",
        "summarykit stats --shard 1/2 --partial -o part-1.json Corpus/texts",
    ])
    static let index = block([
        "summarykit index build -o refs.skidx Corpus/texts",
        "summarykit index info refs.skidx",
    ])
    static let indexBuild = block([
        "summarykit index build -o refs.skidx Corpus/texts",
        "summarykit index build --stock Corpus/texts -o refs.skidx Corpus/variants",
    ])
    static let indexInfo = block([
        "summarykit index info refs.skidx       # after index build -o refs.skidx",
        "summarykit index info --format json --documents refs.skidx",
    ])
    static let statsMerge = block([
        "summarykit stats merge part-1.json part-2.json -o stats.json",
    ])
}
