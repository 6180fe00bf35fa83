import AuditCore

/// A seeded source of random numbers (SplitMix64), so that a generated report can be made again
/// from its seed.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Reports made of random values chosen to hit every hazard of writing JSON: strings with
/// quotes, backslashes, slashes, every control character, DEL, line and paragraph separators,
/// Chinese and emoji; numbers integral, fractional, negative, tiny, huge and negative zero; lists
/// empty and not; optional members present or absent.
struct ReportGenerator {
    /// Pieces the generated strings are joined from.
    static let fragments: [String] = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + [
        "\"", "\\", "/", "//", "\\u0041", "\u{7F}", "\u{80}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFD}",
        "\r\n", "中文", "工资表 2026年7月", "😀", "👩‍👩‍👧", "🇨🇳", "é", "e\u{301}", "</script>", "{\"a\" : [1]}",
        "Evidence/payroll.pdf", "plain text", " ", "",
    ]
    /// Numbers that JSON writers tend to get wrong.
    static let awkwardNumbers: [Double] = [
        0, -0.0, 1, 12, -12, 100, 0.5, -3.25, 0.1 + 0.2, 123.456, 1e-05, 0.0001, 2.5e-07, -1e-07, 1e15, 1e16, 1e+20,
        -1e+20, 123_456_789_012_345_680, .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
    ]
    static let awkwardIntegers: [Int] = [0, 1, -1, 7, 1_000_000, .max, .min, Int(Int32.max), Int(Int32.min) + 1]
    static let textSources: [TextSource] = [.pdfText, .ocr, .spreadsheet, .mixed, .none]
    static let statuses: [DocumentStatus] = [.ok, .unreadable, .rejected, .skipped]

    private var random: SeededRandom
    /// The chance that an optional member is present: 0 never, 1 always.
    private let presence: Double

    init(seed: UInt64, presence: Double) {
        random = SeededRandom(seed: seed)
        self.presence = presence
    }

    mutating func report() -> AuditReport {
        var report = AuditReport(input: string(), asOf: date(), ruleset: string(),
                                 documents: list(upTo: 5) { $0.document() }, findings: list(upTo: 6) { $0.finding() })
        if chance(0.2) { report.schema = string() }
        if chance(0.5) { report.summary = summary() }
        report.baselineFixed = optional { $0.list(upTo: 3) { $0.baselineEntry() } }
        report.notes = optional { $0.list(upTo: 3) { $0.string() } }
        return report
    }

    mutating func document() -> DocumentRecord {
        DocumentRecord(path: string(), sha256: optional { $0.string() }, type: DocumentType.allCases.randomElement(using: &random)!,
                       pages: optional { $0.integer() }, text: optional { Self.textSources.randomElement(using: &$0.random)! },
                       status: Self.statuses.randomElement(using: &random)!, reason: optional { $0.string() },
                       ocrConfidence: optional { $0.number() })
    }

    mutating func finding() -> Finding {
        Finding(rule: string(), category: FindingCategory.allCases.randomElement(using: &random)!,
                severity: Severity.allCases.randomElement(using: &random)!, message: string(),
                employeeId: optional { $0.string() }, documentType: optional { DocumentType.allCases.randomElement(using: &$0.random)! },
                period: optional { $0.string() }, evidence: list(upTo: 4) { $0.evidence() }, limit: optional { $0.string() },
                actual: optional { $0.string() }, clause: optional { $0.string() }, action: optional { $0.string() },
                accepted: optional { Acceptance(by: $0.string(), reason: $0.string()) })
    }

    mutating func evidence() -> Evidence {
        Evidence(path: string(), page: optional { $0.integer() }, text: optional { $0.string() },
                 bbox: optional { BoundingBox(x0: $0.number(), y0: $0.number(), x1: $0.number(), y1: $0.number()) },
                 row: optional { $0.integer() }, sheet: optional { $0.string() }, cell: optional { $0.string() },
                 confidence: optional { $0.number() })
    }

    mutating func baselineEntry() -> BaselineEntry {
        BaselineEntry(rule: string(), employeeId: optional { $0.string() },
                      documentType: optional { DocumentType.allCases.randomElement(using: &$0.random)! },
                      period: optional { $0.string() }, acceptedBy: string(), reason: string())
    }

    /// A summary whose counts are named by random strings as well as by severities.
    mutating func summary() -> AuditReport.Summary {
        let names = list(upTo: 4) { $0.string() } + Severity.allCases.map(\.rawValue)
        let counts = names.map { ($0, integer()) }
        return AuditReport.Summary(documents: integer(), findings: Dictionary(counts) { first, _ in first })
    }

    mutating func string() -> String {
        list(upTo: 6) { Self.fragments.randomElement(using: &$0.random)! }.joined()
    }

    mutating func integer() -> Int {
        chance(0.3) ? Self.awkwardIntegers.randomElement(using: &random)! : Int.random(in: -5...100_000, using: &random)
    }

    /// An awkward number, a random one, one rounded to hundredths as boxes are, or any finite bit pattern.
    mutating func number() -> Double {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return Self.awkwardNumbers.randomElement(using: &random)!
        case 1: return Double.random(in: -1000...1000, using: &random)
        case 2: return (Double.random(in: 0...1000, using: &random) * 100).rounded() / 100
        default:
            let number = Double(bitPattern: random.next())
            return number.isFinite ? number : 0
        }
    }

    mutating func date() -> CivilDate {
        CivilDate(year: Int.random(in: 1...9999, using: &random), month: Int.random(in: 1...12, using: &random),
                  day: Int.random(in: 1...28, using: &random))!
    }

    private mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &random) < probability
    }

    private mutating func optional<Value>(_ make: (inout Self) -> Value) -> Value? {
        chance(presence) ? make(&self) : nil
    }

    private mutating func list<Element>(upTo count: Int, _ make: (inout Self) -> Element) -> [Element] {
        (0..<Int.random(in: 0...count, using: &random)).map { _ in make(&self) }
    }
}
