import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How much memory inputs processed at once may take together: `audit` and `stats` start the
/// next input only while the estimates of those in flight, plus its own, fit the budget. An
/// input whose estimate alone exceeds the budget runs by itself.
///
/// The estimate of an input of *S* bytes is ``bytesPerInputByte`` × *S* + ``bytesPerInput``:
/// measured peaks are 2–7 × the input for ordinary text, `.docx` and `.html` (a 63 MB page
/// 384 MB), besides a fixed 30 MB for the lexicon and model. Text of millions of very short
/// lines costs more, about 1 KB per line.
///
/// ```swift
/// let budget = MemoryBudget(bytes: 2 << 30)           // 2 GiB
/// budget.cost(ofInputBytes: 100 << 20)                // 816 MiB
/// let outcomes = await auditor.audit(filesAt: paths, jobs: 4, memoryBudget: budget)
/// ```
public struct MemoryBudget: Sendable, Hashable {
    /// The bytes all inputs in flight may take together.
    public var bytes: Int

    /// Estimated bytes of memory per byte of input.
    public static let bytesPerInputByte = 8
    /// Estimated bytes of memory per input, whatever its size.
    public static let bytesPerInput = 16 << 20

    /// A budget of `bytes` (at least 1).
    public init(bytes: Int) {
        self.bytes = max(1, bytes)
    }

    /// Half of the memory this process may use: the least of physical memory, the cgroup's
    /// `memory.max` and the address-space limit (`ulimit -v`, `prlimit --as`).
    public static var `default`: MemoryBudget {
        var limit = Int(clamping: ProcessInfo.processInfo.physicalMemory)
        if let cgroup = cgroupLimit() { limit = min(limit, cgroup) }
        #if canImport(Glibc)
        var rl = rlimit()
        if getrlimit(Int32(RLIMIT_AS.rawValue), &rl) == 0, rl.rlim_cur < rlim_t(Int.max) {
            limit = min(limit, Int(clamping: rl.rlim_cur))
        }
        #endif
        return MemoryBudget(bytes: max(limit / 2, 64 << 20))
    }

    /// The cgroup v2 (`memory.max`) or v1 (`memory.limit_in_bytes`) limit, if one is set.
    static func cgroupLimit() -> Int? {
        for path in ["/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"] {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            if let value = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)), value > 0, value < Int.max / 2 {
                return value
            }
        }
        return nil
    }

    /// The estimated memory for an input of `size` bytes.
    public func cost(ofInputBytes size: Int) -> Int {
        let (scaled, overflow) = max(0, size).multipliedReportingOverflow(by: Self.bytesPerInputByte)
        return overflow ? Int.max / 2 : min(Int.max / 2, scaled + Self.bytesPerInput)
    }

    /// The estimated memory for the file at `path` (its size on disk; the fixed part when it
    /// cannot be read, which its reader will report).
    public func cost(ofFileAt path: String) -> Int {
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
        return cost(ofInputBytes: size)
    }

    /// Whether an input of estimated `cost` may start while `inFlight` bytes are estimated for
    /// those running: when it fits, or when nothing runs (so an input over the budget runs alone).
    public func admits(_ cost: Int, inFlight: Int) -> Bool {
        inFlight == 0 || inFlight + cost <= bytes
    }

    /// Parses a size: a number of bytes with an optional unit, `K`, `M`, `G` or `T` (powers of
    /// 1024; `KB`, `MiB` and lower case too): `512M`, `2G`, `1500000000`.
    ///
    /// - Returns: The bytes, or nil when `text` is not a positive size.
    public static func parseSize(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let digits = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        var unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        if unit.hasSuffix("IB"), unit.count == 3 {
            unit.removeLast(2)
        } else if unit.hasSuffix("B") {
            unit.removeLast()
        }
        let shift: Int
        switch unit {
        case "": shift = 0
        case "K": shift = 10
        case "M": shift = 20
        case "G": shift = 30
        case "T": shift = 40
        default: return nil
        }
        guard let value = Double(digits), value.isFinite, value > 0 else { return nil }
        let bytes = value * Double(1 << shift)
        guard bytes >= 1, bytes < Double(Int.max / 2) else { return nil }
        return Int(bytes)
    }
}
