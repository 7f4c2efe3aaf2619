// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "SummaryKit",
    platforms: [.macOS(.v15)],  // Synchronization.Mutex needs macOS 15
    products: [
        .library(name: "SummaryKit", targets: ["SummaryKit"]),
        .executable(name: "summarykit", targets: ["summarykit"]),
        // The bare ICU wrappers, exported so that the benchmark package can measure the
        // baseline (a plain C loop over ubrk_next) in the same run as the full segmenter.
        .library(name: "CICU", targets: ["CICU"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // ZIP reading for .docx input (word/document.xml).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // System ICU (Debian: libicu-dev; macOS: Homebrew's icu4c, keg-only, so
        // PKG_CONFIG_PATH=$(brew --prefix icu4c)/lib/pkgconfig). Only supplies compiler and linker flags; its
        // header declares nothing, so no Swift module ever sees an ICU type.
        .systemLibrary(
            name: "CICUSystem",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        // Unversioned C wrappers around ICU (ubrk, ucnv, ucsdet, unorm2, utrans). The public
        // header uses only opaque handles and plain integers.
        .target(
            name: "CICU",
            dependencies: ["CICUSystem"]
        ),
        .target(
            name: "SummaryKit",
            dependencies: [
                "CICU",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "summarykit",
            dependencies: [
                "SummaryKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SummaryKitTests",
            dependencies: [
                "SummaryKit",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SummaryKitCLITests",
            dependencies: ["summarykit"],
            // Summaries and golden outputs read by path from the repository root, not bundled.
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
