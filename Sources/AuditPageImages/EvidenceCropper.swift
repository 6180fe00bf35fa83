import AuditCore
import AuditIntake
import Foundation
import Logging

/// Makes the page crops a report shows: walks the input once more, opens each PDF that findings
/// point into, and renders the region around every boxed value they picture.
public struct EvidenceCropper: Sendable {
    /// The archive, folder or document that was checked, as given to the check.
    public var input: String
    /// The same limits the check used, so the walk sees the same entries.
    public var intake: IntakeConfiguration
    public var renderer: PageCropRenderer
    public var logger: Logger

    public init(input: String, intake: IntakeConfiguration = IntakeConfiguration(),
                renderer: PageCropRenderer = PageCropRenderer(), logger: Logger) {
        self.input = input
        self.intake = intake
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
    /// A region that cannot be rendered (the entry is no longer there, is not a PDF, or has no such
    /// page) is left out and logged: the report then lists that evidence as text.
    public func crops(for findings: [Finding], maxPerFinding: Int = 3, maxTotal: Int = 160,
                      progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) -> [EvidenceCropKey: Data] {
        let plan = Self.plan(for: findings, maxPerFinding: maxPerFinding, maxTotal: maxTotal)
        guard !plan.isEmpty else { return [:] }
        let byPath = Dictionary(grouping: plan, by: \.path)
        var crops: [EvidenceCropKey: Data] = [:]
        var done = 0
        progress(0, plan.count)
        do {
            try EvidenceIntake(configuration: intake, logger: logger).walk(input) { item in
                guard case let .file(path, bytes) = item, let keys = byPath[path] else { return }
                for (key, png) in render(keys, from: bytes, path: path) { crops[key] = png }
                done += keys.count
                progress(done, plan.count)
            }
        } catch {
            logger.warning("page images left out: the input could not be opened again", metadata: ["reason": "\(error)"])
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
