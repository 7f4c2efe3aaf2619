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

    /// The cues that start with one lead scalar, by list: ranges into ``cueSpans`` (plain
    /// integers, so that looking a bucket up retains nothing).
    struct Bucket: Sendable {
        var openers = 0..<0
        var directives = 0..<0
        var modalWords = 0..<0
    }

    /// Every cue's bytes, one after another, ASCII letters lowercased as written.
    static let cueBytes: [UInt8] = cueLayout.bytes
    /// Byte ranges of the cues in ``cueBytes``, grouped by bucket, then by list in list order.
    static let cueSpans: [Range<Int>] = cueLayout.spans
    /// For every BMP scalar `v` (ASCII letters lowercased), the index into ``buckets`` of the
    /// cues that start with it, 0 when none does: one lookup per scalar tells the scan which
    /// cues may start there, and only those are compared.
    static let bucketIndex: [UInt16] = cueLayout.index
    /// The buckets; bucket 0 is empty.
    static let buckets: [Bucket] = cueLayout.buckets

    private static let cueLayout: (bytes: [UInt8], spans: [Range<Int>], index: [UInt16], buckets: [Bucket]) = {
        var index = [UInt16](repeating: 0, count: 0x10000)
        var grouped: [[[[UInt8]]]] = [[[], [], []]]   // per bucket, per list, the cues in list order
        for (cues, list) in [(modalOpeners, 0), (directives, 1), (modalWords, 2)] {
            for cue in cues {
                guard let v = cue.withUnsafeBufferPointer({ leadScalar($0, at: 0) }) else { continue }
                if index[Int(v)] == 0 {
                    index[Int(v)] = UInt16(grouped.count)
                    grouped.append([[], [], []])
                }
                grouped[Int(index[Int(v)])][list].append(cue)
            }
        }
        var bytes = [UInt8]()
        var spans = [Range<Int>]()
        var buckets = [Bucket]()
        for lists in grouped {
            var ranges = [Range<Int>]()
            for cues in lists {
                let first = spans.count
                for cue in cues {
                    spans.append(bytes.count..<(bytes.count + cue.count))
                    bytes += cue
                }
                ranges.append(first..<spans.count)
            }
            buckets.append(Bucket(openers: ranges[0], directives: ranges[1], modalWords: ranges[2]))
        }
        return (bytes, spans, index, buckets)
    }()

    /// Whether the cue at `span` of `cues` starts at `i`, ASCII letters compared without case.
    @inline(__always)
    static func starts(_ span: Range<Int>, of cues: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + span.count <= bytes.count else { return false }
        var k = i
        for c in span {
            var b = bytes[k]
            if b >= 0x41, b <= 0x5A { b |= 0x20 }
            if b != cues[c] { return false }
            k += 1
        }
        return true
    }

    /// The BMP scalar at `i` for a one- or three-byte UTF-8 sequence (ASCII letters lowercased),
    /// nil for a continuation byte or a two- or four-byte sequence.
    @inline(__always)
    static func leadScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32? {
        let b0 = bytes[i]
        if b0 < 0x80 { return UInt32(b0 >= 0x41 && b0 <= 0x5A ? b0 | 0x20 : b0) }
        guard b0 & 0xF0 == 0xE0, i + 2 < bytes.count else { return nil }
        return UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
    }

    /// Modal verbs inside a clause: 思想态度**要**端正, "the branch **will** hold…". Chinese 要 and
    /// 应 are modal unless part of a word (重要, 要求, 应用 …), listed in ``modalWordsNot``.
    static let modalWords: [[UInt8]] = [
        "要", "应", "應", "须", "須", "将", "將",
        "will", "must", "should", "shall", "need to", "needs to", "have to", "has to",
    ].map { Array($0.utf8) }

    /// Words that hold a modal character without being modal (checked around the character).
    static let modalWordsNot: [[UInt8]] = [
        "重要", "主要", "需要", "只要", "首要", "纲要", "綱要", "摘要", "纪要", "紀要", "必要", "简要", "簡要", "扼要", "要求",
        "要点", "要點", "要素", "要闻", "要聞", "要害", "要领", "要領", "要务", "要務", "要事", "要职", "要職", "要是", "要么",
        "应用", "應用", "反应", "反應", "相应", "相應", "适应", "適應", "响应", "響應", "供应", "供應", "对应", "對應", "应急",
        "應急", "效应", "效應", "回应", "回應", "应对", "應對", "理应", "理應", "必须", "必須", "须知", "須知", "将军", "將軍",
        "will of", "willing", "willingness",
    ].map { Array($0.utf8) }

    /// Whether one of `modalWordsNot` covers position `i` (it starts at `i`, or one
    /// three-byte character before it).
    @inline(__always)
    static func inNonModalWord(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        modalWordsNot.contains { starts($0, in: bytes, at: i) || (i >= 3 && starts($0, in: bytes, at: i - 3)) }
    }

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

    @inline(__always)
    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

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
        /// Modal verbs inside clauses (要, 应, "will", "must" …).
        var modalWords = 0
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
            let index = bucketIndex
            let buckets = self.buckets
            let spans = cueSpans
            cueBytes.withUnsafeBufferPointer { cues in
            var i = min(skip, n)
            var clauseStart = true
            var first = true
            while i < n {
                let b = bytes[i]
                if clauseStart {
                    if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1; continue }
                    // Full-width space (E3 80 80) before a clause.
                    if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { i += 3; continue }
                    if let v = leadScalar(bytes, at: i), index[Int(v)] != 0,
                       buckets[Int(index[Int(v)])].openers.contains(where: { starts(spans[$0], of: cues, in: bytes, at: i) }) {
                        reading.modalClauses += 1
                        if first { reading.opensModal = true }
                    }
                    clauseStart = false
                    first = false
                }
                // Directives and modal words are looked for at scalar starts, English ones at word
                // starts only.
                if b & 0xC0 != 0x80, b >= 0x80 || i == 0 || !isLetter(bytes[i - 1]), let v = leadScalar(bytes, at: i),
                   index[Int(v)] != 0 {
                    let bucket = buckets[Int(index[Int(v)])]
                    if bucket.directives.contains(where: { starts(spans[$0], of: cues, in: bytes, at: i) }) {
                        reading.directives += 1
                    }
                    if let cue = bucket.modalWords.first(where: { starts(spans[$0], of: cues, in: bytes, at: i) }).map({ spans[$0] }),
                       cues[cue.lowerBound] >= 0x80 || i + cue.count >= n || !isLetter(bytes[i + cue.count]),
                       !inNonModalWord(bytes, at: i) {
                        reading.modalWords += 1
                    }
                }
                // On to the next scalar: no cue starts and no clause ends inside a scalar, nor
                // inside an ASCII word after its first letter.
                if b < 0x80 {
                    i += 1
                    if isLetter(b) {
                        while i < n, isLetter(bytes[i]) { i += 1 }
                        continue
                    }
                } else {
                    i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                }
                if i < n, endsClause(bytes, before: i) { clauseStart = true }
            }
            }
        }
        return reading
    }
}
