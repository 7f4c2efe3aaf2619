import Foundation
import SummaryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress bar on standard error: inputs done, MB/s and, when the total is
/// known, a bar and the time left. Redrawn at most ten times a second.
final class ProgressBar {
    private let total: Int?
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    /// A bar, or nil when standard error is not a terminal or `quiet` is set.
    static func make(total: Int?, quiet: Bool) -> ProgressBar? {
        quiet || isatty(2) != 1 || !Terminal.allowsEscapes() ? nil : ProgressBar(total: total)
    }

    private init(total: Int?) { self.total = total }

    func update(_ progress: StatisticsProgress, force: Bool = false) {
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 1e-3)
        let rate = Double(progress.bytes) / 1e6 / elapsed
        var line = ""
        if let total, total > 0 {
            let done = Double(progress.inputs) / Double(total)
            let filled = Int(done * 30)
            line += "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: 30 - filled) + "] "
            line += "\(progress.inputs)/\(total) files"
            if progress.inputs > 0 {
                let left = Int(elapsed / Double(progress.inputs) * Double(total - progress.inputs))
                line += String(format: "  %.1f MB/s  ETA %d:%02d", rate, left / 60, left % 60)
            }
        } else {
            line += "\(progress.inputs) inputs" + String(format: "  %.1f MB/s", rate)
        }
        if progress.failed > 0 { line += "  \(progress.failed) failed" }
        write("\r\u{1B}[K" + line)
        drawn = true
    }

    /// Clears the line.
    func finish() {
        if drawn { write("\r\u{1B}[K") }
    }

    private func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { POSIX.write(2, $0.baseAddress, $0.count) }
    }
}
