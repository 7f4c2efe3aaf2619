// swift-tools-version:6.0
// An example client of SummaryKit: segments text read from standard input (or files) and
// prints one token per line: line, column, kind, whether it is a domain term, and the text.
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which differs between checkouts.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "TokenStream",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "../../")],
    targets: [
        .executableTarget(name: "token-stream", dependencies: [.product(name: "SummaryKit", package: root)]),
    ],
    swiftLanguageModes: [.v6]
)
