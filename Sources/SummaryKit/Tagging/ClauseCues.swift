/// Grammatical cues the tagger reads besides the lexicon: the modality of a clause (要…, 将…,
/// "we will …", "must …") and reported directives (指出, 强调, "stressed"), which mark
/// requirements, commitments and the measures a review meeting sets — the `plans` of a summary
/// even when no planning word is used.
///
/// These are function words of the genre's grammar, not domain vocabulary: the lexicon stays the
/// home of what a paragraph is about; these say how it is said. Simplified and Traditional forms
/// are listed both, since the scan reads the text as written.
struct ClauseCues: Sendable {
    /// Words that open a clause of requirement or commitment.
    static let modalOpeners: [[UInt8]] = [
        // Chinese: 要…, 将…, 必须…, 继续…, 进一步…, 切实…, 力争…, 努力…, 着力…, 务必…, 应…
        "要", "将", "將", "必须", "必須", "需要", "务必", "務必", "应当", "應當", "应该", "應該", "应", "應",
        "继续", "繼續", "进一步", "進一步", "切实", "切實", "力争", "力爭", "努力", "着力", "著力", "持续", "持續",
        "不断", "不斷", "坚持", "堅持", "确保", "確保", "争取", "爭取", "计划", "計劃", "拟", "擬",
        // English (matched case-insensitively at a clause start).
        "we will", "will ", "we must", "must ", "we should", "should ", "we need to", "need to", "it is necessary to",
        "we shall", "shall ", "continue to", "we are going to", "we plan to", "strive to", "we strive", "to further",
        "further ", "we will continue", "efforts should", "efforts will", "it is required", "it is important to",
    ].map { Array($0.utf8) }

    /// Verbs that report a directive given at a meeting: "the secretary stressed …", 书记强调….
    static let directives: [[UInt8]] = [
        "指出", "强调", "強調", "要求", "提出", "希望", "号召", "號召", "部署", "寄语", "寄語",
        "stressed", "emphasized", "emphasised", "pointed out", "required", "urged", "called on", "called for",
        "asked", "demanded", "put forward", "requirements", "hoped",
    ].map { Array($0.utf8) }

    /// Bytes after which a new clause starts: 。，；：！？ and their ASCII forms, line breaks.
    @inline(__always)
    static func endsClause(_ bytes: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        let b = bytes[i - 1]
        if b == 0x2E || b == 0x2C || b == 0x3B || b == 0x3A || b == 0x21 || b == 0x3F || b == 0x0A { return true }
        // Full-width punctuation: 。(E3 80 82) 、(E3 80 81) ，(EF BC 8C) ；(EF BC 9B) ：(EF BC 9A) ！(EF BC 81) ？(EF BC 9F)
        guard i >= 3 else { return false }
        let a = bytes[i - 3], m = bytes[i - 2]
        if a == 0xE3, m == 0x80, b == 0x82 || b == 0x81 { return true }
        if a == 0xEF, m == 0xBC, b == 0x8C || b == 0x9B || b == 0x9A || b == 0x81 || b == 0x9F { return true }
        return false
    }

    /// Whether `cue` starts at `i`, ASCII letters compared without case.
    @inline(__always)
    static func starts(_ cue: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + cue.count <= bytes.count else { return false }
        for k in 0..<cue.count {
            var b = bytes[i + k]
            if b >= 0x41, b <= 0x5A { b |= 0x20 }
            if b != cue[k] { return false }
        }
        return true
    }

    /// What the scan of one unit found.
    struct Reading: Sendable, Hashable {
        /// Clauses that open with a modal word.
        var modalClauses = 0
        /// Whether the unit's first clause (after its marker) opens with one.
        var opensModal = false
        /// Reported directives anywhere in the unit.
        var directives = 0
        /// Whether the unit ends with a colon: it leads in to what follows.
        var endsWithColon = false
    }

    /// Reads `text`, skipping its first `skip` bytes (the unit's marker).
    static func read(_ text: Substring, skip: Int) -> Reading {
        var reading = Reading()
        UTF8Scan.withBytes(of: text) { bytes in
            let n = bytes.count
            guard n > 0 else { return }
            var end = n
            while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
            if end > 0, bytes[end - 1] == 0x3A { reading.endsWithColon = true }
            if end >= 3, bytes[end - 3] == 0xEF, bytes[end - 2] == 0xBC, bytes[end - 1] == 0x9A { reading.endsWithColon = true }
            var i = min(skip, n)
            var clauseStart = true
            var first = true
            while i < n {
                let b = bytes[i]
                if clauseStart {
                    if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1; continue }
                    // Full-width space (E3 80 80) before a clause.
                    if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { i += 3; continue }
                    if modalOpeners.contains(where: { starts($0, in: bytes, at: i) }) {
                        reading.modalClauses += 1
                        if first { reading.opensModal = true }
                    }
                    clauseStart = false
                    first = false
                }
                if directives.contains(where: { $0[0] == (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) && starts($0, in: bytes, at: i) }) {
                    reading.directives += 1
                }
                i += 1
                if i < n, endsClause(bytes, before: i) { clauseStart = true }
            }
        }
        return reading
    }
}
