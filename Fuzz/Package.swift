// swift-tools-version:6.0
// libFuzzer targets for SummaryKit. Build and run them with scripts/fuzz.sh, which passes
// -sanitize=fuzzer,address; a plain `swift build` here builds nothing useful.
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which differs between checkouts.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let targets = ["FuzzDecoder", "FuzzDocx", "FuzzHTML", "FuzzStructure", "FuzzLexicon", "FuzzChecklist", "FuzzPartial"]

let package = Package(
    name: "SummaryKitFuzz",
    platforms: [.macOS(.v15)],
    products: targets.map { .executable(name: $0, targets: [$0]) },
    dependencies: [.package(path: "../")],
    targets: [.target(name: "FuzzSupport")] + targets.map { name in
        .executableTarget(
            name: name,
            dependencies: ["FuzzSupport", .product(name: "SummaryKit", package: root)],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    },
    swiftLanguageModes: [.v6]
)
