// swift-tools-version:6.0
// An example client of SummaryKit: audits every .docx/.txt/.html in a folder and writes a CSV
// of coverage per summary (one row per branch report), the way a county office would collect
// the year's submissions.
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which differs between checkouts.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "CoverageCSV",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "../../")],
    targets: [
        .executableTarget(name: "coverage-csv", dependencies: [.product(name: "SummaryKit", package: root)]),
    ],
    swiftLanguageModes: [.v6]
)
