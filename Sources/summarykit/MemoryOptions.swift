import ArgumentParser
import SummaryKit

/// `--memory-limit`: what the inputs processed at once may take together (`audit`, `stats`).
struct MemoryOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Memory the files processed at once may take together, e.g. 512M or 4G (default: half of the memory available).",
        discussion: "A file of S bytes is estimated at 8 x S + 16 MiB; the next file waits until it fits, and a file over the limit alone runs by itself.",
        valueName: "size"))
    var memoryLimit: String?

    func validate() throws {
        if let memoryLimit, MemoryBudget.parseSize(memoryLimit) == nil {
            throw ValidationError("--memory-limit takes a size such as 512M or 4G, not '\(memoryLimit)'.")
        }
    }

    /// The budget: `--memory-limit`, or half of the memory available.
    var budget: MemoryBudget {
        memoryLimit.flatMap(MemoryBudget.parseSize).map { MemoryBudget(bytes: $0) } ?? .default
    }
}
