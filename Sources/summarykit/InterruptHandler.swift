import Foundation
import SummaryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Catches SIGINT and SIGTERM while a command writes files: removes every temporary file the
/// library is writing (``TemporaryFiles``: report and per-document files under their temporary
/// names, the record spool), then exits 130 after SIGINT and 143 after SIGTERM (128 + the
/// signal, as a shell reports a process the signal ended). A target file is only ever replaced
/// by a rename of a complete temporary, so it keeps its old contents or has the complete new
/// ones. A plain `sigaction` handler, so that it works whatever thread the signal lands on and
/// even when the shell started the process with SIGINT ignored; it only calls async-signal-safe
/// functions (`unlink`, `write`, `_exit`).
final class InterruptHandler {
    /// Whether the handler clears a progress bar's line (`\r\e[K`) before its message: only when
    /// one may be drawn, on a terminal. Set before the handler is installed, read by it.
    nonisolated(unsafe) private static var clearsLine = false

    /// Installs the handler.
    ///
    /// - Parameter clearsLine: Whether a progress bar may be on standard error's last line
    ///   (it is a terminal and no `--quiet`); otherwise no terminal escape is ever written.
    init(clearsLine: Bool = false) {
        Self.clearsLine = clearsLine && isatty(2) == 1 && Terminal.allowsEscapes()
        var action = sigaction()
        let handler: @convention(c) (Int32) -> Void = { signal in
            TemporaryFiles.removeAll()
            if InterruptHandler.clearsLine {
                let clear: StaticString = "\r\u{1B}[K"
                _ = POSIX.write(2, clear.utf8Start, clear.utf8CodeUnitCount)
            }
            let message: StaticString = signal == SIGTERM
                ? "summarykit: terminated; no output written.\n"
                : "summarykit: interrupted; no output written.\n"
            _ = POSIX.write(2, message.utf8Start, message.utf8CodeUnitCount)
            _exit(signal == SIGTERM ? 143 : 130)
        }
        // The handler field's name differs between the C libraries.
        #if canImport(Darwin)
        action.__sigaction_u.__sa_handler = handler
        #else
        action.__sigaction_handler.sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        sigaction(SIGINT, &action, nil)
        sigaction(SIGTERM, &action, nil)
    }

    /// Restores the default handling.
    func cancel() {
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
