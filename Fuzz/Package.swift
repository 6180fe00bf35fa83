// swift-tools-version:6.0
import PackageDescription

/// libFuzzer harnesses for AuditReady's readers. Built and run by `scripts/fuzz.sh TARGET SECONDS`
/// with `-sanitize=fuzzer,address`; not part of the main build or the test suite.
let package = Package(
    name: "AuditReadyFuzz",
    dependencies: [.package(name: "AuditReady", path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver", .product(name: "AuditReadyReading", package: "AuditReady")]),
        .executableTarget(name: "FuzzReading", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzWorkbook", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzGrammars", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzLayout", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzArchive", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzFrames", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzFormulas", dependencies: ["FuzzSupport"]),
    ]
)
