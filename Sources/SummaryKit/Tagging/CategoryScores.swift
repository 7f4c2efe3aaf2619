import Foundation

/// One number per ``Category``, stored densely (six doubles) for the tagger's hot loops.
public struct CategoryScores: Sendable, Hashable, Codable, CustomStringConvertible {
    /// One lane per category, by ``Category/index`` (the two spare lanes stay zero): inline
    /// storage, so that scoring a unit allocates nothing.
    var values = SIMD8<Double>()

    /// All zeros.
    public init() {}

    /// From a dictionary; missing categories are zero.
    public init(_ dictionary: [Category: Double]) {
        self.init()
        for (category, value) in dictionary { self[category] = value }
    }

    /// The number for `category`; zero until set.
    ///
    /// - Complexity: O(1).
    public subscript(category: Category) -> Double {
        get { values[category.index] }
        set { values[category.index] = newValue }
    }

    /// The scores as a dictionary, zeros left out.
    public var dictionary: [Category: Double] {
        var result = [Category: Double]()
        for category in Category.allCases where self[category] != 0 { result[category] = self[category] }
        return result
    }

    /// `category=score` pairs with two decimals, in category order, e.g.
    /// `study=0.80 discipline=0.00 member_development=0.00 mass_work=0.10 shortcomings=0.00 plans=0.00`.
    public var description: String {
        Category.allCases.map { "\($0.rawValue)=\(String(format: "%.2f", self[$0]))" }.joined(separator: " ")
    }

    /// Decodes an object keyed by category raw values (`study`, `member_development` …);
    /// missing categories are zero and unknown keys are ignored.
    ///
    /// - Throws: `DecodingError` when the value is not an object of numbers.
    public init(from decoder: Decoder) throws {
        let dictionary = try [String: Double](from: decoder)
        self.init()
        for (key, value) in dictionary {
            if let category = Category(rawValue: key) { self[category] = value }
        }
    }

    /// Encodes an object with all six categories keyed by raw value, each rounded to three decimals.
    public func encode(to encoder: Encoder) throws {
        var dictionary = [String: Double]()
        for category in Category.allCases { dictionary[category.rawValue] = (self[category] * 1000).rounded() / 1000 }
        try dictionary.encode(to: encoder)
    }
}
