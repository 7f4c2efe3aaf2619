import Foundation
import SummaryKit

#if canImport(Glibc)
import Glibc
#endif

/// Catches SIGINT and SIGTERM while a command writes files: removes every temporary file the
/// library is writing (``TemporaryFiles``: report and per-document files under their temporary
/// names, the record spool), then exits 130 (interrupted). A target file is only ever replaced
/// by a rename of a complete temporary, so it keeps its old contents or has the complete new
/// ones. A plain `sigaction` handler, so that it works whatever thread the signal lands on and
/// even when the shell started the process with SIGINT ignored; it only calls async-signal-safe
/// functions (`unlink`, `write`, `_exit`).
final class InterruptHandler {
    /// Installs the handler.
    init() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            TemporaryFiles.removeAll()
            let message: StaticString = "\r\u{1B}[Ksummarykit: interrupted; no output written.\n"
            _ = Glibc.write(2, message.utf8Start, message.utf8CodeUnitCount)
            _exit(130)
        }
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
