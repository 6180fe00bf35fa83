// swift-tools-version:6.0
import PackageDescription

/// AuditReady: reads a factory's compliance evidence the way a social-compliance auditor does.
///
/// One module per pipeline stage. C libraries live only behind the `C*` system-library targets.
let package = Package(
    name: "AuditReady",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "auditready", targets: ["AuditReadyCLI"]),
        .executable(name: "auditready-corpus", targets: ["CorpusGenerator"]),
        // The reading stages as a library, for the fuzz harnesses in Fuzz/ (scripts/fuzz.sh).
        .library(name: "AuditReadyReading", targets: ["AuditCore", "AuditIntake", "AuditExtraction", "AuditSpreadsheet", "AuditFields",
                                                      "AuditLayout", "AuditEvidence", "AuditClassification", "AuditPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // C libraries, each behind a system-library target found through pkg-config.
        .systemLibrary(name: "CArchive", pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CTesseract", pkgConfig: "tesseract", providers: [.apt(["libtesseract-dev", "libleptonica-dev"])]),
        .systemLibrary(name: "CFreeXL", pkgConfig: "freexl", providers: [.apt(["libfreexl-dev"])]),

        // The C-free core: values every stage exchanges.
        .target(name: "AuditCore"),

        // Stages.
        .target(name: "AuditIntake", dependencies: ["AuditCore", "CArchive", .product(name: "Logging", package: "swift-log")]),
        .target(name: "AuditExtraction", dependencies: ["AuditCore", "CPoppler", .product(name: "Logging", package: "swift-log")]),
        .target(name: "AuditOCR", dependencies: ["AuditCore", "AuditExtraction", "CTesseract", "CPoppler",
                                                 .product(name: "Logging", package: "swift-log")]),
        .target(name: "AuditSpreadsheet", dependencies: ["AuditCore", "AuditExtraction", "CArchive", "CFreeXL"]),
        .target(name: "AuditFields", dependencies: ["AuditCore"]),
        .target(name: "AuditLayout", dependencies: ["AuditCore", "AuditFields"]),
        .target(name: "AuditEvidence", dependencies: ["AuditCore", "AuditFields", "AuditLayout"]),
        .target(name: "AuditClassification", dependencies: ["AuditCore", "AuditFields", "AuditLayout"]),
        .target(name: "AuditRules", dependencies: ["AuditCore", "AuditEvidence", "AuditFields", "Yams"]),
        .target(name: "AuditReports", dependencies: ["AuditCore", "Yams"]),
        .target(name: "AuditCache", dependencies: ["AuditCore", "AuditExtraction", .product(name: "GRDB", package: "GRDB.swift"),
                                                   .product(name: "Logging", package: "swift-log")]),
        .target(name: "AuditPageImages", dependencies: ["AuditCore", "CPoppler", "AuditIntake",
                                                        .product(name: "Logging", package: "swift-log")]),
        .target(name: "AuditPipeline", dependencies: [
            "AuditCore", "AuditIntake", "AuditExtraction", "AuditLayout", "AuditClassification", "AuditEvidence", "AuditRules", "AuditCache",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // The web service: `auditready serve`.
        .target(name: "AuditServer", dependencies: [
            "AuditCore", "AuditEvidence", "AuditIntake", "AuditPipeline", "AuditReports", "AuditRules",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "MultipartKit", package: "multipart-kit"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // Executables.
        .executableTarget(name: "AuditReadyCLI", dependencies: [
            "AuditCore", "AuditLayout", "AuditEvidence", "AuditIntake", "AuditPipeline", "AuditReports", "AuditRules", "AuditPageImages", "AuditOCR",
            "AuditSpreadsheet", "AuditCache", "AuditServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "CorpusGenerator", dependencies: [
            "AuditCore", "CCairo", "CArchive",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Tests.
        .target(name: "AuditTestSupport", dependencies: ["CArchive", "CCairo"], path: "Tests/TestSupport"),
        .testTarget(name: "AuditCoreTests", dependencies: ["AuditCore"]),
        .testTarget(name: "AuditIntakeTests", dependencies: ["AuditIntake", "AuditCore", "AuditTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "AuditExtractionTests", dependencies: ["AuditExtraction", "AuditCore", "AuditTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "AuditOCRTests", dependencies: ["AuditOCR", "AuditExtraction", "AuditCore", "CCairo", "CTesseract"]),
        .testTarget(name: "AuditSpreadsheetTests", dependencies: ["AuditSpreadsheet", "AuditExtraction", "AuditCore", "AuditTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "AuditFieldsTests", dependencies: ["AuditFields", "AuditCore"]),
        .testTarget(name: "AuditLayoutTests", dependencies: ["AuditLayout", "AuditCore"]),
        .testTarget(name: "AuditEvidenceTests", dependencies: ["AuditEvidence", "AuditLayout", "AuditFields", "AuditCore", "AuditExtraction", "AuditTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "AuditClassificationTests", dependencies: ["AuditClassification", "AuditLayout", "AuditEvidence", "AuditCore"]),
        .testTarget(name: "AuditRulesTests", dependencies: ["AuditRules", "AuditLayout", "AuditEvidence", "AuditCore"]),
        .testTarget(name: "AuditReportsTests", dependencies: ["AuditReports", "AuditCore", "AuditTestSupport"]),
        .testTarget(name: "AuditCacheTests", dependencies: ["AuditCache", "AuditExtraction", "AuditEvidence", "AuditCore"]),
        .testTarget(name: "AuditPipelineTests", dependencies: ["AuditPipeline", "AuditCache", "AuditExtraction", "AuditRules", "AuditReports", "AuditCore",
                                                             "AuditEvidence", "AuditIntake", "AuditSpreadsheet", "AuditPageImages", "AuditTestSupport"]),
        .testTarget(name: "AuditPageImagesTests", dependencies: ["AuditPageImages", "AuditCore", "AuditIntake", "CCairo", "AuditTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["AuditCore", "AuditTestSupport"]),
        .testTarget(name: "AuditServerTests", dependencies: [
            "AuditServer", "AuditCore", "AuditIntake", "AuditPipeline", "AuditOCR", "AuditReports", "AuditSpreadsheet", "AuditTestSupport",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
    ]
)
