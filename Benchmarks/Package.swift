// swift-tools-version:6.1
// Benchmarks for SummaryKit (ordo-one/benchmark). Run from this folder:
//   swift package benchmark --target Segmentation
import PackageDescription

let package = Package(
    name: "SummaryKitBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "../"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "Segmentation",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "SummaryKit", package: "SummaryKit"),
                .product(name: "CICU", package: "SummaryKit"),
            ],
            path: "Benchmarks/Segmentation",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
