import ArgumentParser
import SummaryKit

/// Options shared by every command that reads text files.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files to read; '-' or none reads standard input.", completion: .file())
    var files: [String] = []

    @Option(help: "Decode input with this encoding (an ICU converter name such as GB18030, Big5, UTF-16LE) instead of detecting it.")
    var encoding: String?

    @Option(help: "Refuse files larger than this many bytes.")
    var maxBytes: Int = TextDecoder.defaultMaxBytes

    var decoder: TextDecoder { TextDecoder(encoding: encoding, maxBytes: maxBytes) }

    /// The inputs to read, with standard input as `-`.
    var inputs: [String] { files.isEmpty ? ["-"] : files }

    func validate() throws {
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be a positive number of bytes, not \(maxBytes).") }
    }

    /// Reads and decodes one input.
    func read(_ input: String) throws -> SourceText {
        if input == "-" { return try decoder.decodeStandardInput() }
        return try decoder.decode(fileAt: input)
    }
}
