// swift-tools-version:6.1
// Benchmarks for SummaryKit (ordo-one/benchmark). Run from this folder:
//   swift package benchmark --target Segmentation
//   swift package benchmark --target Statistics
//   swift package benchmark --target Growth      (fails when audit grows faster than linearly)
//   swift package benchmark --target Copying     (builds an index of 100,000 references first)
import Foundation
import PackageDescription

// A path dependency's package identity is the name of its folder, which differs between
// checkouts (CI clones into a folder of its own): take it from where this file stands.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "SummaryKitBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: "../"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(name: "BenchmarkCorpus", path: "Sources/BenchmarkCorpus"),
        .executableTarget(
            name: "Segmentation",
            dependencies: [
                "BenchmarkCorpus",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "SummaryKit", package: root),
                .product(name: "CICU", package: root),
            ],
            path: "Benchmarks/Segmentation",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Statistics",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "SummaryKit", package: root),
            ],
            path: "Benchmarks/Statistics",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Pipeline",
            dependencies: [
                "BenchmarkCorpus",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "SummaryKit", package: root),
                .product(name: "CICU", package: root),
            ],
            path: "Benchmarks/Pipeline",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Copying",
            dependencies: [
                "BenchmarkCorpus",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "SummaryKit", package: root),
                .product(name: "CICU", package: root),
            ],
            path: "Benchmarks/Copying",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Growth",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "SummaryKit", package: root),
            ],
            path: "Benchmarks/Growth",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
