import AuditCore
import AuditIntake
import Foundation
import Logging

/// Makes the page crops a report shows: opens each PDF that findings point into, from the copy the
/// check kept of it during its one walk of the input (`PDFEntryStore`), and renders the region
/// around every boxed value they picture.
public struct EvidenceCropper: Sendable {
    /// The PDF entries the check kept; nil when it kept none (no region is rendered).
    public var pdfs: PDFEntryStore?
    public var renderer: PageCropRenderer
    public var logger: Logger

    public init(pdfs: PDFEntryStore?, renderer: PageCropRenderer = PageCropRenderer(), logger: Logger) {
        self.pdfs = pdfs
        self.renderer = renderer
        self.logger = logger
    }

    /// The regions to render for `findings`, in report order without repeats: the first
    /// `maxPerFinding` boxed evidence items of each finding, at most `maxTotal` in all.
    public static func plan(for findings: [Finding], maxPerFinding: Int, maxTotal: Int) -> [EvidenceCropKey] {
        var seen = Set<EvidenceCropKey>()
        var plan: [EvidenceCropKey] = []
        for key in findings.lazy.flatMap({ $0.cropKeys(limit: maxPerFinding) }) where seen.insert(key).inserted {
            guard plan.count < maxTotal else { break }
            plan.append(key)
        }
        return plan
    }

    /// PNG crops for `findings`, keyed by region; `progress` is called with crops done and planned.
    ///
    /// A region that cannot be rendered (the entry is not a PDF the check kept, poppler cannot open
    /// it, or it has no such page) is left out and logged: the report then lists that evidence as
    /// text. Where an archive holds a path twice, each of its PDFs is tried in the order intake
    /// read them, and the last one that renders a region gives its crop.
    public func crops(for findings: [Finding], maxPerFinding: Int = 3, maxTotal: Int = 160,
                      progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) -> [EvidenceCropKey: Data] {
        let plan = Self.plan(for: findings, maxPerFinding: maxPerFinding, maxTotal: maxTotal)
        guard !plan.isEmpty else { return [:] }
        var paths: [String] = []
        var byPath: [String: [EvidenceCropKey]] = [:]
        for key in plan {
            if byPath[key.path] == nil { paths.append(key.path) }
            byPath[key.path, default: []].append(key)
        }
        var crops: [EvidenceCropKey: Data] = [:]
        var done = 0
        progress(0, plan.count)
        for path in paths {
            let keys = byPath[path]!
            let files = pdfs?.files(for: path) ?? []
            if files.isEmpty {
                logger.debug("no page images for a document", metadata: ["path": "\(path)", "reason": "not a PDF the check read"])
            }
            for file in files {
                let bytes: Data
                do {
                    bytes = try Data(contentsOf: file, options: .alwaysMapped)
                } catch {
                    logger.warning("page images of a document left out: its kept copy cannot be read",
                                   metadata: ["path": "\(path)", "reason": "\(error)"])
                    continue
                }
                for (key, png) in render(keys, from: bytes, path: path) { crops[key] = png }
                done += keys.count
                progress(done, plan.count)
            }
        }
        return crops
    }

    /// Renders `keys`, all on the document `bytes`, skipping the ones that fail.
    private func render(_ keys: [EvidenceCropKey], from bytes: Data, path: String) -> [(EvidenceCropKey, Data)] {
        let document: PopplerPDF
        do {
            document = try PopplerPDF(bytes: bytes)
        } catch {
            logger.debug("no page images for a document", metadata: ["path": "\(path)", "reason": "\(error)"])
            return []
        }
        return keys.compactMap { key in
            do {
                return (key, try renderer.crop(document, page: key.page, boxes: key.boxes).png)
            } catch {
                logger.debug("page image left out", metadata: ["path": "\(path)", "page": "\(key.page)", "reason": "\(error)"])
                return nil
            }
        }
    }
}
