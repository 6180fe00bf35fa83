@testable import AuditFields
import Foundation
import Testing

@Suite("Header keys and value folding")
struct TextNormalizerTests {
    @Test("Spelling variants of one header produce the same key", arguments: [
        ("Emp. No.:", "Emp No"),
        ("  EMP NO ", "emp no"),
        ("ＥＭＰ　ＮＯ", "Emp No"),
        ("工號", "工号"),
        ("實發工資", "实发工资"),
        ("工资(元)", "工资"),
        ("工资（元）", "工资"),
        ("Total Hours (h)", "total hours"),
        ("Net Pay (RMB)", "Net Pay"),
        ("Basic Wage [元/月]", "basic wage"),
        ("基本工资（单位：元）", "基本工资"),
        ("*姓名：", "姓名"),
        ("\u{FEFF}Name", "name"),
        ("Take-home Pay", "takehome pay"),
        ("D.O.B.", "dob"),
    ])
    func variantsShareAKey(variant: String, canonical: String) {
        #expect(TextNormalizer.headerKey(variant) == TextNormalizer.headerKey(canonical))
    }

    @Test("A header key is lower-case Simplified Chinese without spaces or punctuation noise")
    func keyShape() {
        #expect(TextNormalizer.headerKey("Emp. No.:") == "empno")
        #expect(TextNormalizer.headerKey("加班 時數 (h)") == "加班时数")
        #expect(TextNormalizer.headerKey("Emp#") == "emp")
    }

    @Test("Parentheses that do not hold a unit are kept, because they distinguish headers")
    func nonUnitParenthesesAreKept() {
        #expect(TextNormalizer.headerKey("养老（个人）") == "养老(个人)")
        #expect(TextNormalizer.headerKey("养老(个人)") != TextNormalizer.headerKey("养老(单位)"))
        #expect(TextNormalizer.headerKey("M/F") == "m/f")
    }

    @Test("Every Traditional-to-Simplified pair maps one distinct character to another")
    func traditionalTableIsWellFormed() {
        let pairs = TextNormalizer.traditionalSimplifiedPairs
        for pair in pairs {
            let scalars = Array(pair.unicodeScalars)
            #expect(scalars.count == 2, "\(pair) is not a pair")
            #expect(scalars.first != scalars.last, "\(pair) maps a character to itself")
            #expect(TextNormalizer.headerKey(String(pair.first!)) == String(pair.last!))
        }
        #expect(Set(pairs.map { $0.first! }).count == pairs.count, "a Traditional character appears twice")
    }

    @Test("The table-free NFKC fast path agrees with Foundation for every character it handles")
    func fastPathMatchesFoundation() {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x3000...0x301C, 0x3400...0x3440, 0x4E00...0x9FFF,
                                             0xFF01...0xFF5E, 0xFFE5...0xFFE5]
        var checked = 0
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), let simple = TextNormalizer.simpleNFKC(scalar) else { continue }
                let expected = String(scalar).precomposedStringWithCompatibilityMapping
                #expect(String(simple) == expected, "U+\(String(value, radix: 16))")
                checked += 1
            }
        }
        #expect(checked > 21_000)
        #expect(TextNormalizer.simpleNFKC("\u{0301}") == nil)
        #expect(TextNormalizer.fold("Cafe\u{0301}") == "Café")
    }

    @Test("Folding a value converts full-width characters and trims, but keeps inner spaces and case")
    func foldValue() {
        #expect(TextNormalizer.fold("　２０２６－０３－０１ ") == "2026-03-01")
        #expect(TextNormalizer.fold("￥２，３６０") == "¥2,360")
        #expect(TextNormalizer.fold(" Zhang  San\n") == "Zhang  San")
        #expect(TextNormalizer.fold("\u{FEFF}8:00") == "8:00")
        #expect(TextNormalizer.fold("工資") == "工資")
    }
}
