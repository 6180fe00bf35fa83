@testable import AuditOCR
import AuditCore
import Foundation
import Testing

/// Checks that the pool reads exactly as a single engine does; with `AUDITREADY_BENCH=1` it also
/// times both and prints the figures `scripts/bench-ocr.sh` reports, on the pages of
/// `AUDITREADY_BENCH_PAGES` (a folder of PNG pages, each with the text it should read in a `.txt`
/// of the same name) or, when that is `bilingual`, on drawn 300-dpi Chinese-English pages; with the
/// languages of `AUDITREADY_BENCH_LANGUAGES` (default: the configuration's). With
/// `AUDITREADY_BENCH_ROUNDS=N` one engine and the pool take turns N times and the fastest round of
/// each counts (best of N): on a machine shared with other work, the least disturbed round is the
/// closest to what the code does.
///
/// The check always runs, so the benchmark is never a skipped test; measuring is the only extra.
@Suite("Engine pool against one engine")
struct PoolBenchmarkTests {
    static let environment = ProcessInfo.processInfo.environment
    static var benchmarking: Bool { environment["AUDITREADY_BENCH"] == "1" }

    @Test("The pool reads pages exactly as one engine does (and times both when AUDITREADY_BENCH=1)")
    func poolMatchesOneEngine() throws {
        let source = Self.environment["AUDITREADY_BENCH_PAGES"] ?? ""
        let pages = try !Self.benchmarking ? BenchPages.drawn()
            : source == "bilingual" ? BenchPages.bilingual() : BenchPages.load(from: source)
        let languages = Self.environment["AUDITREADY_BENCH_LANGUAGES"].map(OCRConfiguration.languages(from:)) ?? OCRConfiguration().languages
        let single = try OCREnginePool(configuration: OCRConfiguration(languages: languages, workerCount: 1))
        let pool = try OCREnginePool(configuration: OCRConfiguration(languages: languages))
        try single.start()
        try pool.start()

        let images = pages.map(\.image)
        var (alone, aloneTime) = Measurement.of { single.recognize(images) }
        var (together, togetherTime) = Measurement.of { pool.recognize(images) }
        let rounds = Self.benchmarking ? Int(Self.environment["AUDITREADY_BENCH_ROUNDS"] ?? "") ?? 1 : 1
        for _ in 1..<max(rounds, 1) {
            let (_, aloneAgain) = Measurement.of { single.recognize(images) }
            let (_, togetherAgain) = Measurement.of { pool.recognize(images) }
            if aloneAgain.wall < aloneTime.wall { aloneTime = aloneAgain }
            if togetherAgain.wall < togetherTime.wall { togetherTime = togetherAgain }
        }

        #expect(alone.map(\.words) == together.map(\.words))
        #expect(alone.allSatisfy { !$0.words.isEmpty })

        if Self.benchmarking {
            let count = Double(pages.count)
            let accuracy = BenchPages.accuracy(of: alone, against: pages)
            // The same pages read with the Latin-script languages first (`readsLatinFirst`).
            let latinFirst = try OCREnginePool(configuration: OCRConfiguration(languages: languages, workerCount: 1, readsLatinFirst: true))
            try latinFirst.start()
            var (latinFirstRead, latinFirstTime) = Measurement.of { latinFirst.recognize(images) }
            for _ in 1..<max(rounds, 1) {
                let (again, time) = Measurement.of { latinFirst.recognize(images) }
                if time.wall < latinFirstTime.wall { (latinFirstRead, latinFirstTime) = (again, time) }
            }
            let latinFirstAccuracy = BenchPages.accuracy(of: latinFirstRead, against: pages)
            let figures: [(String, String)] = [
                ("set", source == "bilingual" ? "bilingual" : "folder"),
                ("languages", languages.joined(separator: "+")),
                ("pages", "\(pages.count)"),
                ("rounds", "\(rounds)"),
                ("engine_seconds_per_page", Self.format(aloneTime.wall / count)),
                ("engine_cpu_seconds_per_page", Self.format(aloneTime.processor / count)),
                ("pool_workers", "\(pool.configuration.workerCount)"),
                ("pool_cpu_seconds_per_page", Self.format(togetherTime.processor / count)),
                ("one_engine_pages_per_second", Self.format(count / aloneTime.wall)),
                ("pool_pages_per_second", Self.format(count / togetherTime.wall)),
                ("pool_speedup", Self.format(aloneTime.wall / togetherTime.wall)),
                // Processor seconds per wall second: below the worker count, other programs had the
                // cores the pool was waiting for.
                ("pool_cores_used", Self.format(togetherTime.processor / togetherTime.wall)),
                ("word_recall", Self.format(accuracy.words)),
                ("char_recall", Self.format(accuracy.characters)),
                ("latin_first_cpu_seconds_per_page", Self.format(latinFirstTime.processor / count)),
                ("latin_first_word_recall", Self.format(latinFirstAccuracy.words)),
                ("latin_first_char_recall", Self.format(latinFirstAccuracy.characters)),
            ]
            print("bench " + figures.map { "\($0.0)=\($0.1)" }.joined(separator: " "))
        }
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}

/// Wall-clock and processor time of a piece of work.
struct Measurement {
    var wall: Double
    /// User and system time of the whole process, in seconds: unlike the wall clock, it does not
    /// count the time other programs on a shared machine take.
    var processor: Double

    static func of<T>(_ work: () -> T) -> (T, Measurement) {
        let clock = ContinuousClock()
        let processorBefore = processorSeconds()
        let start = clock.now
        let result = work()
        let wall = clock.now - start
        return (result, Measurement(wall: wall.seconds, processor: processorSeconds() - processorBefore))
    }

    private static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}

/// Pages to read, with the text each should give when known.
struct BenchPage {
    var image: GreyImage
    var truth: String?
}

enum BenchPages {
    /// Two small drawn pages: enough to compare the pool with one engine in a second.
    static func drawn() -> [BenchPage] {
        [SampleText.license, Array(SampleText.license.reversed())].map { lines in
            BenchPage(image: DrawnPage(lines: lines, width: 1500, height: 700, fontSize: 34).grey(), truth: lines.joined(separator: "\n"))
        }
    }

    /// Four A4 pages at 300 dpi in the style of a Chinese factory's bilingual evidence.
    static func bilingual() -> [BenchPage] {
        let pages: [[String]] = [
            ["营业执照 Business License", "统一社会信用代码 Unified Social Credit Code: 91441900732886441P",
             "名称 Name: 东莞恒宝五金有限公司", "类型 Type: 有限责任公司 Limited Liability Company",
             "法定代表人 Legal Representative: 肖美玲", "注册资本 Registered Capital: 人民币 800 万元",
             "成立日期 Date of Establishment: 2004 年 06 月 14 日", "营业期限 Business Term: 长期 Long-term",
             "住所 Address: 东莞市厚街镇科技路 164 号"],
            ["消防安全检查合格证 Fire Safety Inspection Certificate", "证书编号 Certificate No.: DGFI2026-15079",
             "单位名称 Company Name: 东莞恒宝五金有限公司", "检查结果 Inspection Result: 合格 Qualified",
             "发证日期 Date of Issue: 2026.04.19", "有效期至 Valid Until: 2027.04.18",
             "发证机关 Issued by: 东莞市消防救援支队"],
            ["员工花名册 Employee Roster", "工号 姓名 性别 出生日期 入职日期 部门",
             "HR-2198 肖晓 男 1978/09/25 2016/05/01 品质部", "HR-2199 罗兰 女 1978/05/16 2016/06/25 数控部",
             "HR-2200 任秀 女 1994/09/12 2016/12/09 包装部", "HR-2202 谢红 女 1984/01/22 2017/06/09 品质部",
             "HR-2203 蒋浩志 男 1980/06/04 2018/07/17 仓库", "HR-2204 丁博海 男 1980/01/13 2018/11/15 数控部"],
            ["工资表 Payroll Register 2026-04", "工号 姓名 出勤天数 加班小时 应发工资 实发工资",
             "HR-2198 肖晓 23 14.0 3,648.33 3,276.20", "HR-2199 罗兰 22 16.5 3,717.08 3,337.94",
             "HR-2200 任秀 22 13.5 3,634.58 3,263.85", "HR-2202 谢红 21 12.0 3,512.50 3,154.72",
             "合计 Total 88 56.0 14,512.49 13,032.71"],
        ]
        return pages.map { lines in
            let image = DrawnPage(lines: lines, width: 2480, height: 3508, fontSize: 50, font: "WenQuanYi Micro Hei").grey()
            return BenchPage(image: image, truth: lines.joined(separator: "\n"))
        }
    }

    /// Every `*.png` of `folder` in name order, with the `.txt` beside it when there is one.
    static func load(from folder: String) throws -> [BenchPage] {
        let url = URL(fileURLWithPath: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".png") }.sorted()
        return try names.map { name in
            let bytes = try Data(contentsOf: url.appendingPathComponent(name))
            let document = try ImageDocument(bytes: bytes, format: .png, maxPixels: 100_000_000)
            guard case let .success(page) = document.page(0) else { throw BenchError(message: "\(name) does not decode") }
            let truth = try? String(contentsOf: url.appendingPathComponent(String(name.dropLast(4)) + ".txt"), encoding: .utf8)
            return BenchPage(image: page, truth: truth)
        }
    }

    /// Share of the expected words, and of their non-space characters, found in what was read
    /// (as multisets, so order and line breaks do not matter).
    static func accuracy(of results: [PageOCRResult], against pages: [BenchPage]) -> (words: Double, characters: Double) {
        var foundWords = 0, totalWords = 0, foundCharacters = 0, totalCharacters = 0
        for (result, page) in zip(results, pages) {
            guard let truth = page.truth else { continue }
            let expected = truth.split(whereSeparator: \.isWhitespace).map(String.init)
            let read = result.words.map(\.text)
            foundWords += overlap(expected, read)
            totalWords += expected.count
            foundCharacters += overlap(expected.flatMap { Array($0) }, read.flatMap { Array($0) })
            totalCharacters += expected.reduce(0) { $0 + $1.count }
        }
        return (Double(foundWords) / Double(max(totalWords, 1)), Double(foundCharacters) / Double(max(totalCharacters, 1)))
    }

    private static func overlap<T: Hashable>(_ expected: [T], _ read: [T]) -> Int {
        var counts: [T: Int] = [:]
        for item in read { counts[item, default: 0] += 1 }
        var found = 0
        for item in expected where counts[item, default: 0] > 0 {
            counts[item]! -= 1
            found += 1
        }
        return found
    }
}

struct BenchError: Error {
    var message: String
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
