import AuditCore
import AuditIntake
import AuditPageImages
import Foundation
import Logging
import Testing

@Suite("Page crops")
struct PageCropTests {
    @Test("A crop of a cairo-drawn PDF highlights exactly where the word's box is")
    func highlightWhereTheBoxIs() throws {
        let (x0, y0, x1, y1) = CairoFixtures.box(of: "OVERTIME", x: 220, y: 400)
        let pdf = CairoFixtures.pdf(pages: [[("Employee HR-2380", 60, 380), ("OVERTIME", 220, 400), ("23.5 h", 60, 420)]])
        let box = BoundingBox(x0: x0, y0: y0, x1: x1, y1: y1)
        let renderer = PageCropRenderer()
        let crop = try renderer.crop(pdf: pdf, page: 1, boxes: [box])
        let image = try #require(DecodedPNG(crop.png), "the crop is a PNG")
        #expect(crop.png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(image.width == Int((crop.region.width * crop.scale).rounded()))
        #expect(image.height == Int((crop.region.height * crop.scale).rounded()))
        #expect(crop.region.x0 <= 60 && crop.region.x1 >= x1, "the band is as wide as the printed line: \(crop.region)")

        let found = try #require(image.bounds(where: isHighlight), "the crop has a highlighted area")
        let pad = renderer.highlightPadding
        let expected = (x0: (x0 - pad - crop.region.x0) * crop.scale, y0: (y0 - pad - crop.region.y0) * crop.scale,
                        x1: (x1 + pad - crop.region.x0) * crop.scale, y1: (y1 + pad - crop.region.y0) * crop.scale)
        let tolerance = 3.0  // the outline covers the highlight's outermost pixels
        #expect(abs(Double(found.x0) - expected.x0) <= tolerance, "left \(found.x0) vs \(expected.x0)")
        #expect(abs(Double(found.y0) - expected.y0) <= tolerance, "top \(found.y0) vs \(expected.y0)")
        #expect(abs(Double(found.x1) - expected.x1) <= tolerance, "right \(found.x1) vs \(expected.x1)")
        #expect(abs(Double(found.y1) - expected.y1) <= tolerance, "bottom \(found.y1) vs \(expected.y1)")

        let inside = { (x: Int, y: Int) in x >= found.x0 && x <= found.x1 && y >= found.y0 && y <= found.y1 }
        var darkInside = 0
        var darkOutside = 0
        for y in 0..<image.height {
            for x in 0..<image.width {
                let (r, g, b) = image.rgb(x, y)
                guard r < 90 && g < 90 && b < 90 else { continue }
                if inside(x, y) { darkInside += 1 } else { darkOutside += 1 }
            }
        }
        #expect(darkInside > 100, "the word is drawn, black, inside the highlight")
        #expect(darkOutside > 100, "the neighbouring lines are there as context")
    }

    @Test("A crop of dense lines starts and ends between lines, never through one")
    func wholeLines() throws {
        let lines = (0..<30).map { ("Line \($0) HR-23\($0) Wang Fang 2026-05 3,130.00", 60.0, 200.0 + Double($0) * 15) }
        let pdf = CairoFixtures.pdf(pages: [lines])
        for index in [3, 10, 17] {
            let (x0, y0, x1, y1) = CairoFixtures.box(of: "3,130.00", x: 350, y: lines[index].2)
            let crop = try PageCropRenderer().crop(pdf: pdf, page: 1, boxes: [BoundingBox(x0: x0, y0: y0, x1: x1, y1: y1)])
            let image = try #require(DecodedPNG(crop.png))
            let dark = { (y: Int) in (0..<image.width).contains { x in let p = image.rgb(x, y); return p.r < 200 || p.g < 200 || p.b < 200 } }
            #expect(!dark(0) && !dark(image.height - 1), "line \(index): the crop cuts through a line of text")
            #expect(crop.region.y0 < y0 - 12 && crop.region.y1 > y1 + 12, "line \(index): a line of context above and below")
        }
    }

    @Test("Several values share one crop, each highlighted; a page that does not exist is an error")
    func severalBoxes() throws {
        let left = CairoFixtures.box(of: "3,130.00", x: 300, y: 500)
        let right = CairoFixtures.box(of: "778.00", x: 420, y: 500)
        let pdf = CairoFixtures.pdf(pages: [[("HR-2353", 60, 500), ("3,130.00", 300, 500), ("778.00", 420, 500)]])
        let boxes = [left, right].map { BoundingBox(x0: $0.0, y0: $0.1, x1: $0.2, y1: $0.3) }
        let crop = try PageCropRenderer().crop(pdf: pdf, page: 1, boxes: boxes)
        let image = try #require(DecodedPNG(crop.png))
        let gap = Int(((boxes[0].x1 + boxes[1].x0) / 2 - crop.region.x0) * crop.scale)
        let row = Int((boxes[0].midY - crop.region.y0) * crop.scale)
        #expect(image.count(where: isHighlight) > 400)
        #expect(!isHighlight(image.rgb(gap, row).r, image.rgb(gap, row).g, image.rgb(gap, row).b), "two highlights, not one band")
        #expect(throws: PageImageError.noSuchPage(3, pageCount: 1)) {
            try PageCropRenderer().crop(pdf: pdf, page: 3, boxes: boxes)
        }
        #expect(throws: PageImageError.self) { try PageCropRenderer().crop(pdf: Data("not a pdf".utf8), page: 1, boxes: boxes) }
    }

    @Test("The band is cut to the page, trimmed to the printed content, and narrowed around the values on a wide page")
    func geometry() {
        let geometry = CropGeometry(verticalMargin: 20, maximumValuesHeight: 50, sidePadding: 10, maximumWidth: 300)
        let near = BoundingBox(x0: 100, y0: 5, x1: 140, y1: 15)
        #expect(geometry.band(around: near, pageHeight: 842) == 0...35)
        #expect(geometry.band(around: BoundingBox(x0: 0, y0: 100, x1: 10, y1: 400), pageHeight: 842) == 80...170)
        #expect(geometry.columns(ink: 50...250, around: near, pageWidth: 595) == 40...260)
        #expect(geometry.columns(ink: nil, around: near, pageWidth: 595) == 90...150)
        let wide = geometry.columns(ink: 20...800, around: BoundingBox(x0: 700, y0: 0, x1: 740, y1: 10), pageWidth: 842)
        #expect(wide == 510...810, "a 300-point window, slid left so it stays within the ink")
    }

    @Test("The cropper renders from the PDFs the check kept each region findings show once, at most the given number per finding")
    func cropperRendersTheKeptPDFs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cropper-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = (0..<6).map { ("value-\($0)", 100.0, 100.0 + Double($0) * 120) }
        let pdfs = try PDFEntryStore(in: folder, logger: Logger(label: "test"))
        pdfs.keep(CairoFixtures.pdf(pages: [lines]), path: "Wages/payroll.pdf", sha256: "payroll")
        pdfs.keep(Data("id,hours\n".utf8), path: "Wages/hours.csv", sha256: "hours")
        let evidence = lines.map { text, x, y in
            let box = CairoFixtures.box(of: text, x: x, y: y)
            return Evidence(path: "Wages/payroll.pdf", page: 1, text: text, bbox: BoundingBox(x0: box.0, y0: box.1, x1: box.2, y1: box.3))
        }
        let findings = [
            Finding(rule: "p/a", category: .overtimePay, severity: .error, message: "a",
                    evidence: [Evidence(path: "Wages/hours.csv", row: 2)] + evidence + [evidence[0]]),
            Finding(rule: "p/b", category: .overtimePay, severity: .error, message: "b", evidence: [evidence[1]]),
            Finding(rule: "p/c", category: .overtimePay, severity: .error, message: "c",
                    evidence: [Evidence(path: "Wages/gone.pdf", page: 1, bbox: evidence[0].bbox)]),
        ]
        var calls: [(Int, Int)] = []
        let crops = EvidenceCropper(pdfs: pdfs, logger: Logger(label: "test"))
            .crops(for: findings, maxPerFinding: 3) { calls.append(($0, $1)) }
        #expect(EvidenceCropper.plan(for: findings, maxPerFinding: 3, maxTotal: 100).count == 4)
        #expect(crops.count == 3, "three for the first finding (the second shows one of them), none for the missing file")
        #expect(Set(crops.keys).isSuperset(of: findings[0].cropKeys(limit: 3)))
        #expect(crops.values.allSatisfy { DecodedPNG($0)?.count(where: isHighlight) ?? 0 > 50 })
        #expect(calls.first.map { $0.0 == 0 && $0.1 == 4 } == true && calls.last.map { $0.0 == 3 } == true)
        #expect(EvidenceCropper.plan(for: findings, maxPerFinding: 3, maxTotal: 2).count == 2)
    }
}
