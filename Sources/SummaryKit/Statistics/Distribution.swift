/// Counts of integer observations in fixed bins, with their exact count, sum, minimum and
/// maximum: a mergeable summary of a length or score distribution.
///
/// Bins are fixed when the value is made, so that any two distributions of the same quantity
/// merge by adding counts, in any order, with the same result.
///
/// ```swift
/// var lengths = Distribution(upperBounds: [100, 1000])
/// lengths.add(50); lengths.add(700); lengths.add(5000)
/// lengths.counts   // [1, 1, 1]: below 100, 100–999, 1000 and more
/// lengths.mean     // 1916.666…
/// ```
public struct Distribution: Sendable, Hashable, Codable {
    /// The exclusive upper bound of every bin but the last, ascending; the last bin is open.
    public private(set) var upperBounds: [Int]
    /// One count per bin: `upperBounds.count + 1` entries.
    public private(set) var counts: [Int]
    /// How many observations.
    public private(set) var count: Int
    /// Their exact sum.
    public private(set) var sum: Int
    /// The smallest observation (nil when empty).
    public private(set) var min: Int?
    /// The largest observation (nil when empty).
    public private(set) var max: Int?

    /// An empty distribution over the given bins.
    ///
    /// - Parameter upperBounds: The exclusive upper bound of every bin but the last, ascending.
    public init(upperBounds: [Int]) {
        self.upperBounds = upperBounds
        counts = [Int](repeating: 0, count: upperBounds.count + 1)
        count = 0
        sum = 0
    }

    /// The mean observation, 0 when empty.
    public var mean: Double { count == 0 ? 0 : Double(sum) / Double(count) }

    /// Records one observation in the first bin whose upper bound exceeds it (else the last).
    ///
    /// - Parameter value: The observation, in the distribution's unit.
    public mutating func add(_ value: Int) {
        var bin = upperBounds.count
        for (i, bound) in upperBounds.enumerated() where value < bound {
            bin = i
            break
        }
        counts[bin] += 1
        count += 1
        sum += value
        min = Swift.min(min ?? value, value)
        max = Swift.max(max ?? value, value)
    }

    /// Both distributions' observations together. Bins are those of `self`; when `other` was
    /// made with other bins (a partial from another version), its counts are not added and
    /// the result is `self` unchanged.
    ///
    /// - Parameter other: The distribution to add.
    public func merging(_ other: Distribution) -> Distribution {
        guard upperBounds == other.upperBounds else { return self }
        var result = self
        for i in counts.indices { result.counts[i] += other.counts[i] }
        result.count += other.count
        result.sum += other.sum
        result.min = [min, other.min].compactMap { $0 }.min()
        result.max = [max, other.max].compactMap { $0 }.max()
        return result
    }

    /// The bins as `(lower, upper)` ranges; the last upper is nil (open).
    public var bins: [(lower: Int?, upper: Int?, count: Int)] {
        counts.indices.map { i in
            (i == 0 ? nil : upperBounds[i - 1], i < upperBounds.count ? upperBounds[i] : nil, counts[i])
        }
    }

    enum CodingKeys: String, CodingKey {
        case upperBounds = "upper_bounds", counts, count, sum, min, max
    }
}

extension Distribution {
    /// The bin `value` falls in.
    func bin(of value: Int) -> Int {
        upperBounds.firstIndex { value < $0 } ?? upperBounds.count
    }

    /// ``merging(_:)`` with every addition checked; other bins are an error too.
    func checkedMerging(_ other: Distribution, _ field: String) throws(CountOverflow) -> Distribution {
        guard upperBounds == other.upperBounds, counts.count == other.counts.count else { throw CountOverflow(field: "\(field).upper_bounds") }
        var result = self
        for i in counts.indices { result.counts[i] = try CorpusStatistics.sum(counts[i], other.counts[i], "\(field).counts") }
        result.count = try CorpusStatistics.sum(count, other.count, "\(field).count")
        result.sum = try CorpusStatistics.sum(sum, other.sum, "\(field).sum")
        result.min = [min, other.min].compactMap { $0 }.min()
        result.max = [max, other.max].compactMap { $0 }.max()
        return result
    }

    /// The first inconsistency of a distribution read from a partial, naming `field`: other
    /// bins than `bins`, negative or oversized counts, bins that do not add up to the count,
    /// a count other than `count`, a minimum or maximum outside its bins or the sum's range.
    func problem(_ field: String, bins: [Int], count expected: Int) -> String? {
        guard upperBounds == bins, counts.count == bins.count + 1 else {
            return "\"\(field)\" has other bins than this summarykit's (\(upperBounds.prefix(20).map(String.init).joined(separator: ", ")))"
        }
        var total = 0
        for value in counts {
            guard value >= 0, value <= CorpusStatistics.maxCount else { return "\"\(field).counts\" holds \(value), not a count" }
            total += value
        }
        guard total == count else { return "the \"\(field)\" bins add up to \(total), not to its count \(count)" }
        guard count == expected else { return "\"\(field).count\" is \(count), not the \(expected) summaries" }
        guard sum >= 0, sum <= CorpusStatistics.maxCount else { return "\"\(field).sum\" is \(sum), not a sum of counts" }
        switch (min, max) {
        case (nil, nil):
            guard count == 0, sum == 0 else { return "\"\(field)\" has \(count) observations summing to \(sum) but no minimum or maximum" }
        case let (low?, high?):
            guard count > 0, low >= 0, low <= high else { return "\"\(field)\" has the minimum \(low) and maximum \(high) for \(count) observations" }
            let (lowest, o1) = low.multipliedReportingOverflow(by: count), (highest, o2) = high.multipliedReportingOverflow(by: count)
            guard !o1, sum >= lowest, o2 || sum <= highest else {
                return "\"\(field).sum\" is \(sum), outside what \(count) observations from \(low) to \(high) can add up to"
            }
            guard counts.firstIndex(where: { $0 > 0 }) == bin(of: low), counts.lastIndex(where: { $0 > 0 }) == bin(of: high) else {
                return "\"\(field)\" has its minimum \(low) or maximum \(high) outside its non-empty bins"
            }
        default:
            return "\"\(field)\" has a minimum without a maximum, or the reverse"
        }
        return nil
    }
}
