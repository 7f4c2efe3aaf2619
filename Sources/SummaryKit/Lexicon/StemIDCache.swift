/// The stem ids of the words met so far in one text, keyed by their case-folded units: a text
/// repeats a small vocabulary, so each distinct word is stemmed and walked through the stem trie
/// once instead of at every occurrence. Open addressing over a flat store of the words' units.
/// Past ``maxEntries`` distinct words, new ones are computed but no longer kept, which bounds
/// the memory an unusual text can take.
struct StemIDCache {
    private struct Entry {
        var hash: UInt32
        var start: Int32
        var length: Int32
        var id: Int32
    }

    static let maxEntries = 1 << 16
    /// Index into `entries`, or -1 for a free slot; a power of two, at most half full.
    private var slots = [Int32](repeating: -1, count: 1 << 12)
    private var entries = [Entry]()
    private var store = [UInt16]()

    /// The id kept for `text[start..<start + length]`, or the one `compute` returns (then kept).
    mutating func id(of text: UnsafeBufferPointer<UInt16>, _ start: Int, _ length: Int, compute: () -> Int32) -> Int32 {
        var hash: UInt32 = 0x811C_9DC5  // FNV-1a over the units
        for k in start..<(start + length) { hash = (hash ^ UInt32(text[k])) &* 0x0100_0193 }
        let mask = slots.count - 1
        var slot = Self.slot(hash, mask)
        while true {
            let index = slots[slot]
            if index < 0 { break }
            let entry = entries[Int(index)]
            if entry.hash == hash, Int(entry.length) == length {
                let from = Int(entry.start)
                var same = true
                for k in 0..<length where store[from + k] != text[start + k] {
                    same = false
                    break
                }
                if same { return entry.id }
            }
            slot = (slot + 1) & mask
        }
        let id = compute()
        guard entries.count < Self.maxEntries else { return id }
        slots[slot] = Int32(entries.count)
        entries.append(Entry(hash: hash, start: Int32(store.count), length: Int32(length), id: id))
        store.append(contentsOf: text[start..<(start + length)])
        if entries.count * 2 > slots.count { grow() }
        return id
    }

    @inline(__always)
    private static func slot(_ hash: UInt32, _ mask: Int) -> Int { Int(hash ^ (hash >> 16)) & mask }

    private mutating func grow() {
        var bigger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = bigger.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Self.slot(entry.hash, mask)
            while bigger[slot] >= 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(index)
        }
        slots = bigger
    }
}
