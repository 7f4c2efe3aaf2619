import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the terminal on the other end of an output allows: colours and its width.
enum Terminal {
    /// Whether escapes may colour output to file descriptor `fd`: it is a terminal, `NO_COLOR` is
    /// unset or empty (no-color.org: an empty value counts as unset) and `TERM` is not `dumb`.
    static func allowsColour(fd: Int32, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        guard isatty(fd) == 1 else { return false }
        return allowsEscapes(environment: environment)
    }

    /// The environment's part of ``allowsColour(fd:environment:)`` (also for `\r\e[K` progress lines).
    static func allowsEscapes(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// The width for text written to `fd`: `COLUMNS` when it holds a width, else the terminal's
    /// (the pty size), else 80 (``TextReport/defaultWidth``) when `fd` is not a terminal.
    static func width(fd: Int32, environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if let value = environment["COLUMNS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), value > 0 {
            return value
        }
        if isatty(fd) == 1 {
            var size = winsize()
            if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        return 80
    }
}
