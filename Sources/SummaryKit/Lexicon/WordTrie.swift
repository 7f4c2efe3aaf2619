/// A trie over sequences of word ids (stemmed English words). The root's children, looked up
/// for every word of a text, sit in an array indexed by word id; deeper nodes, few, in
/// dictionaries.
struct WordTrie: Sendable {
    private var rootChildren: [Int32] = []
    private var children: [[Int32: Int32]] = [[:]]
    private var terminal: [Int32] = [-1]

    init(sequences: [[Int32]], values: [Int]) {
        for (sequence, value) in zip(sequences, values) where !sequence.isEmpty {
            var node: Int32 = 0
            for id in sequence {
                if let next = children[Int(node)][id] {
                    node = next
                } else {
                    children.append([:])
                    terminal.append(-1)
                    let next = Int32(children.count - 1)
                    children[Int(node)][id] = next
                    node = next
                }
            }
            if terminal[Int(node)] < 0 { terminal[Int(node)] = Int32(value) }
        }
        let largest = children[0].keys.max() ?? -1
        rootChildren = [Int32](repeating: -1, count: Int(largest) + 1)
        for (id, child) in children[0] where id >= 0 { rootChildren[Int(id)] = child }
    }

    @inline(__always)
    func child(_ node: Int32, _ id: Int32) -> Int32 {
        if node == 0 { return id >= 0 && Int(id) < rootChildren.count ? rootChildren[Int(id)] : -1 }
        return children[Int(node)][id] ?? -1
    }

    @inline(__always)
    func value(_ node: Int32) -> Int32 { terminal[Int(node)] }
}
