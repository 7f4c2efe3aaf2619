import Foundation

/// Where the built-in data files (`Sources/SummaryKit/Resources`: lexicon, checklist, tagger
/// model, term and stop-word lists) are found at run time.
///
/// SwiftPM's `Bundle.module` looks only beside `Bundle.main` and in the build folder, and stops
/// the process when neither holds the bundle, so a copied or installed binary could not start.
/// This looks, for each file, in order:
///
/// 1. the SwiftPM bundle beside the executable, symbolic links resolved
///    (`SummaryKit_SummaryKit.resources/Resources/`, on Darwin `SummaryKit_SummaryKit.bundle`),
///    which is where `swift build` leaves it and where test and example binaries find it;
/// 2. `../share/summarykit/` from the executable's folder, where `scripts/install.sh PREFIX`
///    puts the resources beside `PREFIX/bin/summarykit`;
/// 3. the same two places from the folder of the path the program was started by, links not
///    resolved (a bundle linked beside a linked binary, as job runners lay out work folders).
///
/// A file found in neither is an error that names the file and every path tried.
enum BuiltInResources {
    /// The SwiftPM bundle of the library's resources.
    #if canImport(Darwin)
    static let bundleName = "SummaryKit_SummaryKit.bundle"
    #else
    static let bundleName = "SummaryKit_SummaryKit.resources"
    #endif

    /// The folder of the running executable, symbolic links resolved (`/proc/self/exe` on Linux).
    static let executableDirectory: URL? = {
        #if os(Linux)
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBufferPointer { raw in
            raw.withMemoryRebound(to: CChar.self) { chars -> Int in
                guard let base = chars.baseAddress else { return -1 }
                return readlink("/proc/self/exe", base, chars.count)
            }
        }
        if count > 0 {
            let path = String(decoding: buffer[..<count], as: UTF8.self)
            return URL(fileURLWithPath: path).resolvingSymlinksInPath().deletingLastPathComponent()
        }
        #endif
        guard let url = Bundle.main.executableURL else { return nil }
        return url.resolvingSymlinksInPath().deletingLastPathComponent()
    }()

    /// The folder of the path the program was started by (`argv[0]`, when it names a folder),
    /// symbolic links not resolved: where a job runner that links files into a work folder
    /// (Hadoop, YARN) puts the bundle beside the link.
    static let invocationDirectory: URL? = {
        guard let first = CommandLine.arguments.first, first.contains("/") else { return nil }
        return URL(fileURLWithPath: first).deletingLastPathComponent().standardizedFileURL
    }()

    /// The folders searched, in order; each holds the files under their resource paths
    /// (`terms.txt`, `Lexicon/study.lex`).
    static let searchDirectories: [URL] = {
        var result = [URL]()
        var folders = [URL]()
        if let dir = executableDirectory { folders.append(dir) }
        if let dir = invocationDirectory, !folders.contains(where: { $0.path == dir.path }) { folders.append(dir) }
        for dir in folders {
            let bundle = dir.appendingPathComponent(bundleName)
            #if canImport(Darwin)
            result.append(bundle.appendingPathComponent("Contents/Resources/Resources"))
            #endif
            result.append(bundle.appendingPathComponent("Resources"))
            result.append(dir.deletingLastPathComponent().appendingPathComponent("share/summarykit").standardizedFileURL)
        }
        #if canImport(Darwin)
        // An app that embeds the library carries the bundle among its own resources.
        if let resources = Bundle.main.resourceURL {
            result.append(resources.appendingPathComponent(bundleName).appendingPathComponent("Resources"))
        }
        #endif
        return result
    }()

    /// The file at `path` (relative to the resources folder, e.g. `Lexicon/study.lex`).
    static func url(_ path: String) -> Result<URL, Missing> {
        var tried = [String]()
        for dir in searchDirectories {
            let candidate = dir.appendingPathComponent(path)
            if FileManager.default.isReadableFile(atPath: candidate.path) { return .success(candidate) }
            tried.append(candidate.path)
        }
        return .failure(Missing(file: path, tried: tried))
    }

    /// The UTF-8 text of the file at `path`.
    static func text(_ path: String) -> Result<String, Missing> {
        switch url(path) {
        case .failure(let missing): return .failure(missing)
        case .success(let url):
            do {
                return .success(try String(contentsOf: url, encoding: .utf8))
            } catch {
                return .failure(Missing(file: path, tried: [url.path], unreadable: true))
            }
        }
    }

    /// The bytes of the file at `path`.
    static func data(_ path: String) -> Result<Data, Missing> {
        switch url(path) {
        case .failure(let missing): return .failure(missing)
        case .success(let url):
            do {
                return .success(try Data(contentsOf: url))
            } catch {
                return .failure(Missing(file: path, tried: [url.path], unreadable: true))
            }
        }
    }

    /// A built-in file that could not be found or read.
    struct Missing: Error, Sendable, Hashable {
        /// The file's path inside the resources, e.g. `Lexicon/study.lex`.
        var file: String
        /// Every path looked at.
        var tried: [String]
        /// Whether the file was found but could not be read as UTF-8.
        var unreadable = false

        /// Why, for the reason part of an error: the paths tried and how to install.
        var reason: String {
            if unreadable {
                return "the built-in resource file '\(file)' at \(tried.joined()) cannot be read as UTF-8 text"
            }
            let places = tried.isEmpty ? "nowhere (the executable's path is unknown)" : tried.joined(separator: ", ")
            return "the built-in resource file '\(file)' is missing; looked in \(places). "
                + "Keep the folder \(BuiltInResources.bundleName) beside the summarykit binary, "
                + "or install with scripts/install.sh PREFIX (resources in PREFIX/share/summarykit)"
        }
    }
}
